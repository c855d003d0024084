package org.yesan.linking;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yesan.ingest.InputException;
import org.yesan.model.FiscalYear;

/**
 * A versioned file of manual link decisions, applied after automatic linking: forced links replace
 * the automatic links of the lines they join, forbidden links are removed. See docs/linking.md for
 * the format.
 */
public record LinkOverrides(Path source, String version, List<OverrideRule> rules) {

  public static final String FORMAT = "yesan-link-overrides";

  public LinkOverrides {
    rules = List.copyOf(rules);
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("overrides need a version");
    }
    Map<List<String>, OverrideRule> seen = new HashMap<>();
    for (OverrideRule r : rules) {
      List<String> key = List.of(r.fromYear().toString(), r.from(), r.to());
      OverrideRule other = seen.putIfAbsent(key, r);
      if (other != null) {
        throw new InputException(
            source,
            r.line(),
            r.column(),
            "one rule per link",
            "a second rule for "
                + r.from()
                + " → "
                + r.to()
                + " (first at line "
                + other.line()
                + ")");
      }
    }
  }

  /** Reads an overrides file; every error names the file, line and column. */
  public static LinkOverrides read(Path file) {
    ObjectMapper mapper = new ObjectMapper();
    try (JsonParser p = mapper.createParser(Files.newBufferedReader(file))) {
      expect(file, p, p.nextToken(), JsonToken.START_OBJECT, "a JSON object");
      Optional<String> format = Optional.empty();
      Optional<String> version = Optional.empty();
      List<OverrideRule> rules = new ArrayList<>();
      boolean sawRules = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        JsonToken value = p.nextToken();
        switch (field) {
          case "format" -> format = Optional.of(text(file, p, value, "the format name"));
          case "version" -> version = Optional.of(text(file, p, value, "a version string"));
          case "rules" -> {
            sawRules = true;
            expect(file, p, value, JsonToken.START_ARRAY, "an array of rules");
            while (p.nextToken() == JsonToken.START_OBJECT) {
              JsonLocation ruleAt = p.currentTokenLocation();
              JsonNode node = mapper.readTree(p);
              rules.add(rule(file, ruleAt, node));
            }
          }
          default ->
              throw new InputException(
                  file,
                  at.getLineNr(),
                  at.getColumnNr(),
                  "one of the fields format, version, rules",
                  "'" + field + "'");
        }
      }
      if (!format.equals(Optional.of(FORMAT))) {
        throw new InputException(
            file,
            1,
            1,
            "\"format\": \"" + FORMAT + "\"",
            format.map(f -> "'" + f + "'").orElse("no format"));
      }
      if (version.isEmpty() || version.get().isBlank()) {
        throw new InputException(file, 1, 1, "a non-empty \"version\"", "none");
      }
      if (!sawRules) {
        throw new InputException(file, 1, 1, "a \"rules\" array", "none");
      }
      return new LinkOverrides(file, version.get(), rules);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InputException(
          file,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "well-formed JSON",
          e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OverrideRule rule(Path file, JsonLocation at, JsonNode node) {
    long line = at.getLineNr();
    int column = at.getColumnNr();
    Set<String> allowed = Set.of("action", "from_year", "from", "to", "note");
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new InputException(
            file, line, column, "rule fields action, from_year, from, to, note", "'" + f + "'");
      }
    }
    String action = required(file, line, column, node, "action");
    OverrideRule.Action a =
        switch (action) {
          case "force" -> OverrideRule.Action.FORCE;
          case "forbid" -> OverrideRule.Action.FORBID;
          default ->
              throw new InputException(
                  file, line, column, "action force or forbid", "'" + action + "'");
        };
    JsonNode year = node.get("from_year");
    if (year == null || !year.isInt()) {
      throw new InputException(
          file,
          line,
          column,
          "from_year as a number such as 2012",
          year == null ? "none" : year.toString());
    }
    FiscalYear fromYear;
    try {
      fromYear = FiscalYear.of(year.intValue());
    } catch (IllegalArgumentException e) {
      throw new InputException(file, line, column, "a fiscal year", year.toString(), e);
    }
    String note = node.has("note") ? node.get("note").asText() : "";
    return new OverrideRule(
        a,
        fromYear,
        required(file, line, column, node, "from"),
        required(file, line, column, node, "to"),
        note,
        line,
        column);
  }

  private static String required(Path file, long line, int column, JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new InputException(
          file,
          line,
          column,
          "a non-empty text \"" + field + "\"",
          v == null ? "none" : v.toString());
    }
    return v.asText();
  }

  private static String text(Path file, JsonParser p, JsonToken t, String what) throws IOException {
    expect(file, p, t, JsonToken.VALUE_STRING, what);
    return p.getText();
  }

  private static void expect(Path file, JsonParser p, JsonToken t, JsonToken want, String what) {
    if (t != want) {
      JsonLocation at = p.currentTokenLocation();
      throw new InputException(
          file,
          at.getLineNr(),
          at.getColumnNr(),
          what,
          t == null ? "end of file" : t.asString() == null ? t.name() : "'" + t.asString() + "'");
    }
  }

  /**
   * Applies the rules for this year pair to automatic links and records this file's version.
   *
   * @throws InputException when a rule names a line that the year does not have, so stale rules are
   *     noticed rather than silently ignored
   */
  public YearLinks apply(YearLinks links, YearLines from, YearLines to) {
    Map<String, LinePath> fromByText = byText(from);
    Map<String, LinePath> toByText = byText(to);
    List<Link> out = new ArrayList<>(links.links());
    List<OverrideRule> mine = rules.stream().filter(r -> r.fromYear().equals(from.year())).toList();
    Set<LinePath> forcedFrom = new TreeSet<>();
    Set<LinePath> forcedTo = new TreeSet<>();
    List<Link> forced = new ArrayList<>();
    for (OverrideRule r : mine) {
      LinePath a = resolve(r, r.from(), fromByText, from.year());
      LinePath b = resolve(r, r.to(), toByText, to.year());
      if (r.action() == OverrideRule.Action.FORCE) {
        forcedFrom.add(a);
        forcedTo.add(b);
        forced.add(
            new Link(
                a,
                b,
                LinkKind.FORCED,
                java.math.BigDecimal.ONE,
                "forced by overrides " + version + (r.note().isEmpty() ? "" : ": " + r.note())));
      } else {
        out.removeIf(l -> l.from().equals(a) && l.to().equals(b));
      }
    }
    out.removeIf(l -> forcedFrom.contains(l.from()) || forcedTo.contains(l.to()));
    out.addAll(forced);
    return YearLinks.of(from, to, out, links.zeroFrom(), links.zeroTo(), Optional.of(version));
  }

  private LinePath resolve(
      OverrideRule r, String text, Map<String, LinePath> byText, FiscalYear year) {
    LinePath p = byText.get(text);
    if (p == null) {
      throw new InputException(
          source,
          r.line(),
          r.column(),
          "a line of " + year + " named by its path",
          "'" + text + "'");
    }
    return p;
  }

  private static Map<String, LinePath> byText(YearLines lines) {
    Map<String, LinePath> out = new HashMap<>();
    for (LinePath p : lines.amounts().keySet()) {
      out.put(p.text(), p);
    }
    return out;
  }
}
