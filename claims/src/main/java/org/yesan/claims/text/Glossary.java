package org.yesan.claims.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bilingual, versioned list of subjects and the phrases that name them ({@code defence}, {@code
 * 국방}, {@code R&D}, {@code 연구개발}, {@code AI}, {@code 총지출}, {@code budget}), read from a JSON file
 * that users can extend with their own ({@code docs/claims.md} describes the format).
 */
public final class Glossary {

  /** The value of the file's {@code format} field. */
  public static final String FORMAT = "yesan-claims-glossary";

  /** The file version this class reads. */
  public static final int VERSION = 1;

  private static final String BUNDLED = "/org/yesan/claims/glossary.json";

  /** One place in a text where a glossary phrase names a subject. */
  public record Match(int start, int end, String phrase, Subject subject) {}

  private record Phrase(String text, Subject subject, boolean latin, boolean caseSensitive) {}

  private final List<Subject> subjects;
  private final List<Phrase> phrases;

  private Glossary(List<Subject> subjects) {
    this.subjects = List.copyOf(subjects);
    List<Phrase> out = new ArrayList<>();
    for (Subject s : subjects) {
      for (String p : s.phrases()) {
        boolean latin = p.chars().anyMatch(c -> c < 0x3000 && Character.isLetter(c));
        boolean acronym = p.length() <= 4 && p.equals(p.toUpperCase(Locale.ROOT));
        out.add(new Phrase(p, s, latin, acronym));
      }
    }
    // Longest first, so that 교육부 (a ministry) wins over 교육 (a sector) at the same place.
    out.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
    this.phrases = List.copyOf(out);
  }

  /** The glossary shipped with Yesan. */
  public static Glossary bundled() {
    try (InputStream in = Glossary.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled glossary " + BUNDLED + " is missing");
      }
      return parse(new ObjectMapper().readTree(in), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a glossary file.
   *
   * @throws IllegalArgumentException naming the file and the field when the file is not a glossary
   */
  public static Glossary read(Path file) {
    try {
      return parse(new ObjectMapper().readTree(Files.readString(file)), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A glossary of these subjects. */
  public static Glossary of(List<Subject> subjects) {
    return new Glossary(subjects);
  }

  /** This glossary with more subjects; a subject with an id already present replaces it. */
  public Glossary extendedWith(List<Subject> more) {
    List<Subject> out = new ArrayList<>();
    for (Subject s : subjects) {
      if (more.stream().noneMatch(m -> m.id().equals(s.id()))) {
        out.add(s);
      }
    }
    out.addAll(more);
    return new Glossary(out);
  }

  public List<Subject> subjects() {
    return subjects;
  }

  public Optional<Subject> subject(String id) {
    return subjects.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Every place where a phrase names a subject, longest phrase first at each place, no overlaps.
   */
  public List<Match> matches(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean[] taken = new boolean[text.length()];
    List<Match> out = new ArrayList<>();
    for (Phrase p : phrases) {
      String hay = p.caseSensitive() ? text : lower;
      String needle = p.caseSensitive() ? p.text() : p.text().toLowerCase(Locale.ROOT);
      int from = 0;
      while (true) {
        int at = hay.indexOf(needle, from);
        if (at < 0) {
          break;
        }
        int end = at + needle.length();
        from = at + 1;
        if (p.latin() && (letterAt(text, at - 1) || letterAt(text, end))) {
          continue;
        }
        boolean free = true;
        for (int i = at; i < end; i++) {
          free &= !taken[i];
        }
        if (!free) {
          continue;
        }
        for (int i = at; i < end; i++) {
          taken[i] = true;
        }
        out.add(new Match(at, end, text.substring(at, end), p.subject()));
      }
    }
    out.sort(Comparator.comparingInt(Match::start));
    return out;
  }

  private static boolean letterAt(String text, int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c < 0x3000 && Character.isLetter(c);
  }

  private static Glossary parse(JsonNode root, String where) {
    if (!FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException(
          where + ": expected \"format\": \"" + FORMAT + "\", found " + root.path("format"));
    }
    if (root.path("version").asInt(-1) != VERSION) {
      throw new IllegalArgumentException(
          where + ": expected \"version\": " + VERSION + ", found " + root.path("version"));
    }
    List<Subject> subjects = new ArrayList<>();
    int index = 0;
    for (JsonNode s : root.path("subjects")) {
      String at = where + ": subjects[" + index++ + "]";
      List<String> phrases = new ArrayList<>();
      s.path("phrases").forEach(p -> phrases.add(p.asText()));
      List<SubjectTarget> targets = new ArrayList<>();
      for (JsonNode t : s.path("targets")) {
        String measure = required(t, "measure", at);
        targets.add(
            t.hasNonNull("level")
                ? SubjectTarget.member(measure, t.get("level").asText(), required(t, "member", at))
                : SubjectTarget.measure(measure));
      }
      Subject.Kind kind =
          switch (required(s, "kind", at)) {
            case "total" -> Subject.Kind.TOTAL;
            case "part" -> Subject.Kind.PART;
            case "fiscal" -> Subject.Kind.FISCAL;
            case "not_budget" -> Subject.Kind.NOT_BUDGET;
            default ->
                throw new IllegalArgumentException(
                    at
                        + ": expected kind total, part, fiscal or not_budget, found "
                        + s.get("kind"));
          };
      if (phrases.isEmpty()) {
        throw new IllegalArgumentException(at + ": expected at least one phrase, found none");
      }
      subjects.add(
          new Subject(
              required(s, "id", at),
              s.path("label_en").asText(phrases.get(0)),
              s.path("label_ko").asText(phrases.get(phrases.size() - 1)),
              kind,
              phrases,
              targets,
              s.path("missing").asText("")));
    }
    return new Glossary(subjects);
  }

  private static String required(JsonNode node, String field, String at) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(
          at + ": expected a text field \"" + field + "\", found " + v);
    }
    return v.asText();
  }
}
