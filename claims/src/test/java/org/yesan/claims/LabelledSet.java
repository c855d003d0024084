package org.yesan.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yesan.store.FactStore;

/**
 * The project's own labelled claims ({@code src/test/resources/labelled/claims.tsv}) and their
 * evaluation: which verdict the checker gives each one, and precision and recall per verdict.
 */
final class LabelledSet {

  /** One labelled claim: a short text, the span to judge, and the verdict it deserves. */
  record Item(
      String id,
      String lang,
      Optional<LocalDate> date,
      Optional<String> dataset,
      String focus,
      Verdict expected,
      String text,
      String note) {}

  /** What the checker said about one item; empty when it found no claim at the focus. */
  record Outcome(Item item, Optional<CheckedClaim> claim) {
    Optional<Verdict> predicted() {
      return claim.map(CheckedClaim::verdict);
    }

    boolean correct() {
      return predicted().filter(p -> p == item.expected()).isPresent();
    }
  }

  /** Precision and recall of one verdict. */
  record Score(Verdict verdict, int expected, int predicted, int correct) {
    double precision() {
      return predicted == 0 ? Double.NaN : (double) correct / predicted;
    }

    double recall() {
      return expected == 0 ? Double.NaN : (double) correct / expected;
    }
  }

  static List<Item> read(Path file) {
    List<Item> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(
            new Item(
                f[0],
                f[1],
                f[2].isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(f[2])),
                f[3].isEmpty() ? Optional.empty() : Optional.of(f[3]),
                f[4],
                Verdict.parse(f[5]),
                f[6],
                f[7]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<Outcome> evaluate(FactStore store, List<Item> items) {
    ClaimChecker checker = ClaimChecker.over(store);
    List<Outcome> out = new ArrayList<>();
    for (Item item : items) {
      CheckOptions options = new CheckOptions(item.date(), item.dataset());
      CheckReport report = checker.check(item.text(), options);
      Optional<CheckedClaim> claim =
          report.claims().stream()
              .filter(
                  c ->
                      !c.text().isEmpty()
                          && (c.text().contains(item.focus()) || item.focus().contains(c.text())))
              .findFirst();
      out.add(new Outcome(item, claim));
    }
    return out;
  }

  static Map<Verdict, Score> scores(List<Outcome> outcomes) {
    Map<Verdict, Score> out = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      int expected = 0;
      int predicted = 0;
      int correct = 0;
      for (Outcome o : outcomes) {
        boolean e = o.item().expected() == v;
        boolean p = o.predicted().filter(x -> x == v).isPresent();
        expected += e ? 1 : 0;
        predicted += p ? 1 : 0;
        correct += e && p ? 1 : 0;
      }
      out.put(v, new Score(v, expected, predicted, correct));
    }
    return out;
  }

  /** The table docs/claims.md shows. */
  static String table(List<Outcome> outcomes) {
    Map<Verdict, Score> scores = scores(outcomes);
    StringBuilder b = new StringBuilder();
    b.append("| verdict | labelled | predicted | correct | precision | recall |\n");
    b.append("|---|---:|---:|---:|---:|---:|\n");
    for (Score s : scores.values()) {
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %s | %s |%n",
              s.verdict().id(),
              s.expected(),
              s.predicted(),
              s.correct(),
              pct(s.precision()),
              pct(s.recall())));
    }
    long correct = outcomes.stream().filter(Outcome::correct).count();
    long missed = outcomes.stream().filter(o -> o.claim().isEmpty()).count();
    b.append(
        String.format(
            Locale.ROOT,
            "%nall: %d claims (%d English, %d Korean), %d correct (%s), %d with no claim found at the focus%n",
            outcomes.size(),
            outcomes.stream().filter(o -> o.item().lang().equals("en")).count(),
            outcomes.stream().filter(o -> o.item().lang().equals("ko")).count(),
            correct,
            pct((double) correct / outcomes.size()),
            missed));
    return b.toString();
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", v * 100);
  }

  static String failures(List<Outcome> outcomes) {
    StringBuilder b = new StringBuilder();
    for (Outcome o : outcomes) {
      if (!o.correct()) {
        b.append(o.item().id())
            .append(" expected ")
            .append(o.item().expected().id())
            .append(", got ")
            .append(o.predicted().map(Verdict::id).orElse("(no claim)"))
            .append(": ")
            .append(o.item().text())
            .append(
                o.claim().map(c -> "\n    " + c.reading() + "\n    " + c.explanation()).orElse(""))
            .append('\n');
      }
    }
    return b.toString();
  }
}
