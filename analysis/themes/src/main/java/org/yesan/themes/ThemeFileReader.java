package org.yesan.themes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yesan.ingest.InputException;
import org.yesan.themes.LocatedJson.Arr;
import org.yesan.themes.LocatedJson.Field;
import org.yesan.themes.LocatedJson.Node;
import org.yesan.themes.LocatedJson.Obj;
import org.yesan.themes.LocatedJson.Str;

/**
 * Reads and validates a theme rule file ({@code *.theme.json}, format {@code yesan-theme/1}, see
 * docs/themes.md); every error is an {@link InputException} naming the file, line and column of the
 * offending value.
 */
public final class ThemeFileReader {

  /** The format tag every rule file starts with. */
  public static final String FORMAT = "yesan-theme/1";

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,62}");
  private static final Pattern LEVEL_ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

  private static final List<String> THEME_FIELDS =
      List.of(
          "format",
          "id",
          "version",
          "labels",
          "description",
          "applies_to",
          "rules",
          "excludes",
          "changelog");
  private static final List<String> RULE_FIELDS =
      List.of("id", "note", "match", "exclude", "share");
  private static final List<String> EXCLUSION_FIELDS = List.of("id", "note", "match");
  private static final List<String> MATCH_FIELDS =
      List.of(
          "levels", "any_of_keywords", "all_of", "regex", "members", "path_prefixes", "not_within");
  private static final List<String> LABEL_FIELDS = List.of("ko", "en");
  private static final List<String> CHANGELOG_FIELDS = List.of("version", "date", "changes");

  private final Path file;
  private final String source;

  private ThemeFileReader(Path file, String source) {
    this.file = file;
    this.source = source;
  }

  /** Reads a rule file from disk; its path is the source named in evidence. */
  public static Theme read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file, 0, 0, "a theme rule file", "no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InputException(file, 0, 0, "UTF-8 text", "bytes that are not UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(text, file, file.toString());
  }

  /**
   * Parses rule-file text.
   *
   * @param file the name errors report
   * @param source the name evidence reports, e.g. {@code themes/ai.theme.json}
   */
  public static Theme parse(String text, Path file, String source) {
    return new ThemeFileReader(file, source).theme(text);
  }

  private Theme theme(String text) {
    Node root;
    try (JsonParser p =
        JsonFactory.builder()
            // our own check names the first occurrence
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()
            .createParser(text)) {
      root = LocatedJson.read(p, file);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String why = e.getOriginalMessage();
      int nl = why.indexOf('\n');
      throw new InputException(
          file,
          l == null ? 0 : l.getLineNr(),
          l == null ? 0 : l.getColumnNr(),
          "well-formed JSON",
          nl < 0 ? why : why.substring(0, nl),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Obj o = object(root, "a theme object");
    allowOnly(o, THEME_FIELDS);
    Str format = string(required(o, "format", "the theme"));
    if (!format.value().equals(FORMAT)) {
      throw error(format, "format '" + FORMAT + "'", format.describe());
    }
    String id = id(required(o, "id", "the theme"));
    Str version = string(required(o, "version", "the theme"));
    if (!VERSION.matcher(version.value()).matches()) {
      throw error(version, "a version such as 1.0.0", version.describe());
    }
    Obj labels = object(required(o, "labels", "the theme"), "labels {\"ko\": …, \"en\": …}");
    allowOnly(labels, LABEL_FIELDS);
    String ko = text(required(labels, "ko", "labels"));
    String en = text(required(labels, "en", "labels"));
    String description = optional(o, "description").map(n -> string(n).value()).orElse("");
    Scope scope = optional(o, "applies_to").map(this::scope).orElse(Scope.EXPENDITURE);

    Map<String, Long> ids = new HashMap<>();
    List<ThemeRule> rules = new ArrayList<>();
    Arr ruleArr = nonEmptyArray(required(o, "rules", "the theme"), "rules");
    for (Node n : ruleArr.items()) {
      rules.add(rule(n, ids));
    }
    List<ThemeExclusion> excludes = new ArrayList<>();
    Optional<Node> ex = optional(o, "excludes");
    if (ex.isPresent()) {
      for (Node n : array(ex.get(), "excludes").items()) {
        excludes.add(exclusion(n, ids));
      }
    }
    Arr logArr = nonEmptyArray(required(o, "changelog", "the theme"), "changelog");
    List<ChangelogEntry> changelog = new ArrayList<>();
    for (Node n : logArr.items()) {
      changelog.add(changelogEntry(n));
    }
    if (changelog.stream().noneMatch(c -> c.version().equals(version.value()))) {
      throw error(
          logArr, "a changelog entry for version " + version.value(), "none for that version");
    }
    return new Theme(
        id, version.value(), ko, en, description, scope, rules, excludes, changelog, source);
  }

  private ThemeRule rule(Node n, Map<String, Long> ids) {
    Obj o = object(n, "a rule object");
    allowOnly(o, RULE_FIELDS);
    Node idNode = required(o, "id", "the rule");
    String id = uniqueId(idNode, ids);
    String note = text(required(o, "note", "rule " + id));
    Match match = match(required(o, "match", "rule " + id));
    Optional<Match> exclude = optional(o, "exclude").map(this::match);
    BigDecimal share = optional(o, "share").map(this::share).orElse(BigDecimal.ONE);
    return new ThemeRule(id, match, exclude, share, note, idNode.line());
  }

  private ThemeExclusion exclusion(Node n, Map<String, Long> ids) {
    Obj o = object(n, "an exclusion object");
    allowOnly(o, EXCLUSION_FIELDS);
    Node idNode = required(o, "id", "the exclusion");
    String id = uniqueId(idNode, ids);
    String note = text(required(o, "note", "exclusion " + id));
    Match match = match(required(o, "match", "exclusion " + id));
    return new ThemeExclusion(id, match, note, idNode.line());
  }

  private Match match(Node n) {
    Obj o = object(n, "a match object");
    allowOnly(o, MATCH_FIELDS);
    Optional<List<String>> levels = Optional.empty();
    Optional<Node> lv = optional(o, "levels");
    if (lv.isPresent()) {
      List<String> ls = new ArrayList<>();
      for (Node item : nonEmptyArray(lv.get(), "levels").items()) {
        Str s = string(item);
        if (!LEVEL_ID.matcher(s.value()).matches()) {
          throw error(s, "a level id such as unit_project", s.describe());
        }
        ls.add(s.value());
      }
      levels = Optional.of(ls);
    }
    List<Keyword> any = keywords(o, "any_of_keywords");
    List<Keyword> all = keywords(o, "all_of");
    List<Keyword> notWithin = keywords(o, "not_within");
    Optional<String> regex = Optional.empty();
    Optional<Node> rx = optional(o, "regex");
    if (rx.isPresent()) {
      Str s = string(rx.get());
      try {
        Pattern.compile(s.value());
      } catch (PatternSyntaxException e) {
        throw error(s, "a Java regular expression", s.describe() + " (" + e.getDescription() + ")");
      }
      regex = Optional.of(s.value());
    }
    List<String> members = texts(o, "members");
    List<String> paths = texts(o, "path_prefixes");
    if (any.isEmpty() && regex.isEmpty() && members.isEmpty() && paths.isEmpty()) {
      throw error(
          o, "any_of_keywords, regex, members or path_prefixes in the match", "none of them");
    }
    Optional<Node> nw = optional(o, "not_within");
    if (nw.isPresent()) {
      List<Keyword> searched = new ArrayList<>(any);
      searched.addAll(all);
      List<Node> items = array(nw.get(), "not_within").items();
      for (int i = 0; i < notWithin.size(); i++) {
        Keyword friend = notWithin.get(i);
        if (searched.stream().noneMatch(k -> k.occursIn(friend.text()))) {
          throw error(
              items.get(i),
              "a not_within term containing one of the match's keywords",
              items.get(i).describe());
        }
      }
    }
    return new Match(levels, any, all, regex, members, paths, notWithin);
  }

  private ChangelogEntry changelogEntry(Node n) {
    Obj o = object(n, "a changelog entry object");
    allowOnly(o, CHANGELOG_FIELDS);
    Str v = string(required(o, "version", "the changelog entry"));
    if (!VERSION.matcher(v.value()).matches()) {
      throw error(v, "a version such as 1.0.0", v.describe());
    }
    Optional<String> date = Optional.empty();
    Optional<Node> d = optional(o, "date");
    if (d.isPresent()) {
      Str s = string(d.get());
      if (!DATE.matcher(s.value()).matches()) {
        throw error(s, "a date such as 2025-01-31", s.describe());
      }
      date = Optional.of(s.value());
    }
    List<String> changes = new ArrayList<>();
    for (Node c : nonEmptyArray(required(o, "changes", "the changelog entry"), "changes").items()) {
      changes.add(text(c));
    }
    return new ChangelogEntry(v.value(), date, changes);
  }

  private BigDecimal share(Node n) {
    if (!(n instanceof Str s) || !DECIMAL.matcher(s.value()).matches()) {
      throw error(n, "a share as a decimal string such as \"0.5\"", n.describe());
    }
    BigDecimal v = new BigDecimal(s.value());
    if (v.signum() <= 0 || v.compareTo(BigDecimal.ONE) > 0) {
      throw error(n, "a share above 0 and at most 1", n.describe());
    }
    return v;
  }

  private Scope scope(Node n) {
    Str s = string(n);
    return Scope.byId(s.value())
        .orElseThrow(() -> error(s, "applies_to expenditure, revenue or any", s.describe()));
  }

  private String id(Node n) {
    Str s = string(n);
    if (!ID.matcher(s.value()).matches()) {
      throw error(s, "an id of lowercase letters, digits, '-' and '_'", s.describe());
    }
    return s.value();
  }

  private String uniqueId(Node n, Map<String, Long> ids) {
    String id = id(n);
    Long first = ids.putIfAbsent(id, n.line());
    if (first != null) {
      throw error(
          n,
          "a rule id not used before (the first '" + id + "' is on line " + first + ")",
          n.describe());
    }
    return id;
  }

  private List<Keyword> keywords(Obj o, String field) {
    List<Keyword> out = new ArrayList<>();
    Optional<Node> n = optional(o, field);
    if (n.isPresent()) {
      for (Node item : nonEmptyArray(n.get(), field).items()) {
        Str s = string(item);
        if (s.value().isBlank() || !s.value().equals(s.value().strip())) {
          throw error(s, "a keyword without surrounding spaces", s.describe());
        }
        out.add(new Keyword(s.value()));
      }
    }
    return out;
  }

  private List<String> texts(Obj o, String field) {
    List<String> out = new ArrayList<>();
    Optional<Node> n = optional(o, field);
    if (n.isPresent()) {
      for (Node item : nonEmptyArray(n.get(), field).items()) {
        out.add(text(item));
      }
    }
    return out;
  }

  private Node required(Obj o, String name, String what) {
    Field f = o.fields().get(name);
    if (f == null) {
      throw error(o, "field '" + name + "' in " + what, "an object without it");
    }
    return f.value();
  }

  private static Optional<Node> optional(Obj o, String name) {
    return Optional.ofNullable(o.fields().get(name)).map(Field::value);
  }

  private void allowOnly(Obj o, List<String> allowed) {
    Set<String> ok = Set.copyOf(allowed);
    for (Field f : o.fields().values()) {
      if (!ok.contains(f.name())) {
        throw new InputException(
            file,
            f.line(),
            f.column(),
            "one of the fields " + String.join(", ", allowed),
            "field '" + f.name() + "'");
      }
    }
  }

  private Obj object(Node n, String what) {
    if (n instanceof Obj o) {
      return o;
    }
    throw error(n, what, n.describe());
  }

  private Arr array(Node n, String field) {
    if (n instanceof Arr a) {
      return a;
    }
    throw error(n, "an array for " + field, n.describe());
  }

  private Arr nonEmptyArray(Node n, String field) {
    Arr a = array(n, field);
    if (a.items().isEmpty()) {
      throw error(n, "at least one entry in " + field, "an empty array");
    }
    return a;
  }

  private Str string(Node n) {
    if (n instanceof Str s) {
      return s;
    }
    throw error(n, "a string", n.describe());
  }

  private String text(Node n) {
    Str s = string(n);
    if (s.value().isBlank()) {
      throw error(s, "non-blank text", "an empty string");
    }
    return s.value();
  }

  private InputException error(Node at, String expected, String found) {
    return new InputException(file, at.line(), at.column(), expected, found);
  }
}
