package org.yesan.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The labelled figures of the real news samples, split by article into a development and a test
 * half, and their evaluation against a checker: figures found, verdict accuracy and the precision
 * of "contradicted".
 */
final class NewsLabels {

  private static final Path RESOURCES = Path.of("src/test/resources/news");

  private NewsLabels() {}

  /** One figure a fact-checker would check, with the verdicts a correct checker may give. */
  record Label(
      String article,
      String token,
      int occurrence,
      int offset,
      String kind,
      String subject,
      String year,
      String stage,
      Set<Verdict> verdicts,
      String why) {

    int end() {
      return offset + token.length();
    }
  }

  /** An article of one half with its text, date and labels. */
  record Article(String number, String lang, LocalDate date, String text, List<Label> labels) {}

  /** The articles of {@code half} ("dev" or "test"), labels checked against the shared texts. */
  static List<Article> half(String half) {
    Map<String, String[]> index = new LinkedHashMap<>();
    for (String[] row : rows(RESOURCES.resolve("split.tsv"))) {
      if (row[3].equals(half)) {
        index.put(row[0], row);
      }
    }
    return articles(
        index,
        RESOURCES.resolve(half + "-labels.tsv"),
        SharedStores.shared().resolve("samples/articles/news"),
        "the " + half + " half",
        false,
        new ArrayList<>());
  }

  /**
   * The fresh held-out set: its index and labels are in the repository, its texts (the publishers'
   * words) in {@code texts}, as {@code NN.txt}.
   */
  static List<Article> fresh(Path texts) {
    return fresh("fresh", texts);
  }

  /**
   * A fresh held-out set by name ({@code fresh}, {@code fresh2}): {@code NAME-index.tsv} and {@code
   * NAME-labels.tsv} in the repository, the texts in {@code texts}.
   */
  static List<Article> fresh(String set, Path texts) {
    return fresh(set, texts, false, new ArrayList<>());
  }

  /**
   * As {@link #fresh(String, Path)}; with {@code partial}, an article whose text is absent from
   * {@code texts} is left out (with its labels) instead of failing, for development runs on a
   * partly restored set; the labels it leaves out are added to {@code dropped} as {@code NN:offset
   * token}.
   */
  static List<Article> fresh(String set, Path texts, boolean partial, List<String> dropped) {
    Map<String, String[]> index = new LinkedHashMap<>();
    for (String[] row : rows(RESOURCES.resolve(set + "-index.tsv"))) {
      index.put(row[0], row);
    }
    return articles(
        index,
        RESOURCES.resolve(set + "-labels.tsv"),
        texts,
        "the " + set + " set",
        partial,
        dropped);
  }

  /** Index rows are {@code NN, lang, date, ...}; every label is checked against its text. */
  private static List<Article> articles(
      Map<String, String[]> index,
      Path labelFile,
      Path texts,
      String set,
      boolean partial,
      List<String> dropped) {
    Map<String, List<Label>> labels = new TreeMap<>();
    for (String[] row : rows(labelFile)) {
      Set<Verdict> verdicts =
          Arrays.stream(row[8].split("/")).map(Verdict::parse).collect(Collectors.toSet());
      labels
          .computeIfAbsent(row[0], k -> new ArrayList<>())
          .add(
              new Label(
                  row[0],
                  row[1],
                  Integer.parseInt(row[2]),
                  Integer.parseInt(row[3]),
                  row[4],
                  row[5],
                  row[6],
                  row[7],
                  verdicts,
                  row[9]));
    }
    List<Article> out = new ArrayList<>();
    for (String[] s : index.values()) {
      if (partial && !Files.exists(texts.resolve(s[0] + ".txt"))) {
        continue;
      }
      String text = read(texts.resolve(s[0] + ".txt"));
      List<Label> own = labels.getOrDefault(s[0], List.of());
      if (partial) {
        own = relocated(s[0], text, own, dropped);
      }
      for (Label l : own) {
        if (!text.startsWith(l.token(), l.offset())) {
          throw new IllegalStateException(
              s[0] + ".txt:" + l.offset() + ": expected " + l.token() + ", found another text");
        }
      }
      out.add(new Article(s[0], s[1], LocalDate.parse(s[2]), text, own));
    }
    if (!index.keySet().containsAll(labels.keySet())) {
      throw new IllegalStateException("labels for articles outside " + set);
    }
    return out;
  }

  /**
   * A restored text may differ a little from the one labelled: a label whose token is not at its
   * offset moves to its token's numbered occurrence, and is left out if there is none.
   */
  private static List<Label> relocated(
      String article, String text, List<Label> own, List<String> dropped) {
    List<Label> out = new ArrayList<>();
    for (Label l : own) {
      if (text.startsWith(l.token(), l.offset())) {
        out.add(l);
        continue;
      }
      int at = -1;
      for (int n = 0; n < l.occurrence(); n++) {
        at = text.indexOf(l.token(), at + 1);
        if (at < 0) {
          break;
        }
      }
      if (at < 0) {
        dropped.add(article + ":" + l.offset() + " " + l.token());
        continue;
      }
      out.add(
          new Label(
              l.article(),
              l.token(),
              l.occurrence(),
              at,
              l.kind(),
              l.subject(),
              l.year(),
              l.stage(),
              l.verdicts(),
              l.why()));
    }
    return out;
  }

  /** What the checker made of one labelled figure. */
  record Outcome(Label label, java.util.Optional<CheckedClaim> claim) {
    boolean found() {
      return claim.isPresent();
    }

    boolean correct() {
      return claim.map(c -> label.verdicts().contains(c.verdict())).orElse(false);
    }
  }

  /** The measures of one half. */
  record Score(
      int articles,
      int labels,
      int found,
      int correct,
      int contradicted,
      int contradictedRight,
      List<Outcome> outcomes,
      List<CheckedClaim> wrongAccusations) {

    String summary(String half) {
      return String.format(
          java.util.Locale.ROOT,
          "%s half: %d articles, %d labelled figures; found %d (%s); verdict right %d (%s);"
              + " contradicted %d, of which right %d (%s)",
          half,
          articles,
          labels,
          found,
          ratio(found, labels),
          correct,
          ratio(correct, labels),
          contradicted,
          contradictedRight,
          ratio(contradictedRight, contradicted));
    }
  }

  static String ratio(int a, int b) {
    return b == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", (double) a / b);
  }

  /** Checks every article of the half with its index date and scores the verdicts. */
  static Score score(ClaimChecker checker, List<Article> articles) {
    List<Outcome> outcomes = new ArrayList<>();
    List<CheckedClaim> wrong = new ArrayList<>();
    int contradicted = 0;
    int contradictedRight = 0;
    for (Article a : articles) {
      CheckReport report = checker.check(a.text(), CheckOptions.defaults().withDate(a.date()));
      for (Label l : a.labels()) {
        outcomes.add(
            new Outcome(
                l,
                report.claims().stream()
                    .filter(c -> c.start() < l.end() && l.offset() < c.end())
                    .findFirst()));
      }
      for (CheckedClaim c : report.claims()) {
        if (c.verdict() != Verdict.CONTRADICTED) {
          continue;
        }
        contradicted++;
        boolean right =
            a.labels().stream()
                .anyMatch(
                    l ->
                        c.start() < l.end()
                            && l.offset() < c.end()
                            && l.verdicts().contains(Verdict.CONTRADICTED));
        if (right) {
          contradictedRight++;
        } else {
          wrong.add(c);
        }
      }
    }
    int found = (int) outcomes.stream().filter(Outcome::found).count();
    int correct = (int) outcomes.stream().filter(Outcome::correct).count();
    return new Score(
        articles.size(),
        outcomes.size(),
        found,
        correct,
        contradicted,
        contradictedRight,
        outcomes,
        wrong);
  }

  /** Every missed or wrong figure with the checker's reading, for the report file. */
  static String misses(Score s) {
    StringBuilder b = new StringBuilder();
    for (Outcome o : s.outcomes()) {
      if (o.correct()) {
        continue;
      }
      Label l = o.label();
      String expected =
          l.verdicts().stream().map(Verdict::id).sorted().collect(Collectors.joining("/"));
      b.append(
          String.format(
              "- %s@%d `%s` expected %s (%s, %s, %s %s): %s%n",
              l.article(),
              l.offset(),
              l.token(),
              expected,
              l.kind(),
              l.subject(),
              l.year(),
              l.stage(),
              o.claim().map(c -> c.verdict().id() + " — " + why(c)).orElse("not found")));
    }
    b.append("\nContradicted without a label that allows it:\n\n");
    for (CheckedClaim c : s.wrongAccusations()) {
      b.append(String.format("- `%s` @%d: %s%n", c.text(), c.start(), why(c)));
    }
    b.append("\nSupported on a second reading (AlternativeReading), with the label's verdict:\n\n");
    for (Outcome o : s.outcomes()) {
      if (o.claim().map(c -> c.reading().contains("read again")).orElse(false)) {
        Label l = o.label();
        b.append(
            String.format(
                "- %s %s@%d `%s` label %s: %s%n",
                o.correct() ? "right" : "WRONG",
                l.article(),
                l.offset(),
                l.token(),
                l.verdicts().stream().map(Verdict::id).sorted().collect(Collectors.joining("/")),
                o.claim().get().reading()));
      }
    }
    return b.toString();
  }

  private static String why(CheckedClaim c) {
    return c.reading() + " — " + c.explanation();
  }

  private static List<String[]> rows(Path file) {
    List<String[]> out = new ArrayList<>();
    boolean header = true;
    for (String line : read(file).split("\n", -1)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      out.add(line.split("\t", -1));
    }
    return out;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
