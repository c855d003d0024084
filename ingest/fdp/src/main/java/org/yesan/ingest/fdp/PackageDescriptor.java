package org.yesan.ingest.fdp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.ingest.CsvDialect;
import org.yesan.ingest.InputException;
import org.yesan.model.FiscalYear;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.Measure.Basis;
import org.yesan.model.Measure.Direction;
import org.yesan.model.Stage;

/**
 * What a {@code datapackage.json} says about its CSV resources: which columns are classification
 * levels, which hold amounts and in what currency, factor, direction and phase, and where the
 * fiscal year comes from.
 */
record PackageDescriptor(
    Path file,
    String name,
    String title,
    String licence,
    String source,
    Optional<String> country,
    String currency,
    BigDecimal unitFactor,
    List<Path> resources,
    List<LevelColumn> levels,
    List<Hierarchy> hierarchies,
    List<Measure> measures,
    List<MeasureColumn> measureColumns,
    Optional<String> yearColumn,
    Optional<FiscalYear> fiscalPeriod,
    Optional<FiscalYear> budgetYear,
    Map<Path, CsvDialect> dialects) {

  /**
   * The resource's declared dialect, or the one its first lines showed when the package was read.
   */
  CsvDialect dialect(Path resource) {
    return dialects.get(resource);
  }

  /** A column whose values are the members of a level. */
  record LevelColumn(Level level, String column) {}

  /**
   * A column of amounts: the measure it feeds, the stage its phase names (empty when the stage
   * follows from the year), the year its name fixes (empty when the year comes from a column or the
   * fiscal period) and the factor that turns its numbers into currency units.
   */
  record MeasureColumn(
      String column,
      String measure,
      Optional<Stage> stage,
      Optional<FiscalYear> year,
      BigDecimal factor) {}

  private record RawMeasure(
      String key,
      String column,
      Optional<String> currency,
      BigDecimal factor,
      Direction direction,
      Optional<Stage> stage,
      Optional<FiscalYear> year) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:[-/](\\d{2}|\\d{4}))?");
  private static final Pattern LEVELLED =
      Pattern.compile("([a-z-]+)(?::[^:]+)*?:level(\\d+):code(?::.*)?");

  /** Parses the JSON of a descriptor, locating syntax errors with Jackson's line and column. */
  static JsonNode parseJson(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new InputException(
          file,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : Math.max(0, at.getColumnNr()),
          "a JSON data package descriptor",
          e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PackageDescriptor read(Path file) {
    JsonNode root = parseJson(file);
    if (!root.isObject() || !root.path("resources").isArray() || root.path("resources").isEmpty()) {
      throw new InputException(
          file, 1, 1, "a data package with a 'resources' array", "a JSON document without one");
    }
    return new Reader(file, root).read();
  }

  /**
   * Turns a name such as {@code Department/Agency} into a level id such as {@code
   * department_agency}.
   */
  static String snake(String name) {
    String s =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      s = "l_" + s;
    }
    return s.length() > 63 ? s.substring(0, 63) : s;
  }

  /**
   * Reads {@code 2014}, {@code 2015-16} or {@code 2015/2016} as a fiscal year named by the calendar
   * year in which it ends, so that Australia's 2015-16 is 2016.
   */
  static Optional<FiscalYear> yearOf(String text) {
    Matcher m = YEAR.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return Optional.of(FiscalYear.of(start));
    }
    String end = m.group(2);
    int year =
        end.length() == 4
            ? Integer.parseInt(end)
            : start
                - start % 100
                + Integer.parseInt(end)
                + (Integer.parseInt(end) < start % 100 ? 100 : 0);
    if (year != start + 1) {
      return Optional.empty();
    }
    return Optional.of(FiscalYear.of(year));
  }

  /** The descriptor's interpretation, kept apart so the record stays a plain value. */
  private static final class Reader {
    private final Path file;
    private final JsonNode root;
    private final List<LevelColumn> levels = new ArrayList<>();
    private final Set<String> levelIds = new HashSet<>();
    private final List<Hierarchy> hierarchies = new ArrayList<>();
    private final List<RawMeasure> rawMeasures = new ArrayList<>();
    private Optional<String> yearColumn = Optional.empty();
    private Optional<String> packageCurrency = Optional.empty();

    Reader(Path file, JsonNode root) {
      this.file = file;
      this.root = root;
    }

    PackageDescriptor read() {
      String name = text(root, "name").orElse(folderName());
      List<Path> resources = new ArrayList<>();
      Map<Path, CsvDialect> dialects = new LinkedHashMap<>();
      for (JsonNode r : root.path("resources")) {
        String path =
            text(r, "path")
                .orElseThrow(() -> fail("a resource with a 'path' to a CSV file", "one without"));
        Path resolved = file.toAbsolutePath().getParent().resolve(path);
        if (!Files.isRegularFile(resolved)) {
          throw fail("a resource file at '" + path + "'", "no such file");
        }
        resources.add(resolved);
        // Detected once here: the batch reads each resource twice (layout, then facts) and says
        // what was detected.
        dialects.put(
            resolved,
            r.has("dialect") ? dialect(r.path("dialect"), path) : CsvDialect.detect(resolved));
      }
      JsonNode model = root.has("model") ? root.path("model") : root.path("mapping");
      if (model.isObject()) {
        readModel(model);
      } else {
        readColumnTypes();
      }
      if (rawMeasures.isEmpty()) {
        throw fail(
            "at least one measure (a 'model' measure or a field of columnType 'value')", "none");
      }
      Optional<FiscalYear> period =
          text(root.path("fiscalPeriod"), "end")
              .or(() -> text(root.path("fiscalPeriod"), "start"))
              .map(d -> FiscalYear.of(Integer.parseInt(d.substring(0, 4))));
      // Columns named by year and carrying no phase are a budget's estimate columns; which of them
      // is the budget year needs the package's period, or failing that the layout of Australian
      // Portfolio Budget Statements: one estimated actual, then the budget year.
      List<FiscalYear> namedYears =
          rawMeasures.stream()
              .filter(m -> m.stage().isEmpty())
              .flatMap(m -> m.year().stream())
              .sorted()
              .toList();
      Optional<FiscalYear> budgetYear =
          namedYears.isEmpty()
              ? Optional.empty()
              : period.or(() -> Optional.of(namedYears.get(Math.min(1, namedYears.size() - 1))));
      if (yearColumn.isEmpty()
          && period.isEmpty()
          && rawMeasures.stream().anyMatch(m -> m.year().isEmpty())) {
        throw fail(
            "a fiscal year for every measure: a 'date:fiscal-year' column, a year attribute of a"
                + " datetime dimension, a 'fiscalPeriod', or year-named measure columns",
            "none");
      }
      Set<String> currencies = new HashSet<>();
      for (RawMeasure m : rawMeasures) {
        currencies.add(
            m.currency()
                .or(() -> packageCurrency)
                .orElseThrow(() -> fail("a currency for measure '" + m.key() + "'", "none")));
      }
      if (currencies.size() != 1) {
        throw fail(
            "one currency for all measures", "several: " + new java.util.TreeSet<>(currencies));
      }
      String currency = currencies.iterator().next().toUpperCase(Locale.ROOT);
      List<Measure> measures = new ArrayList<>();
      List<MeasureColumn> columns = new ArrayList<>();
      assignMeasures(measures, columns, budgetYear);
      return new PackageDescriptor(
          file,
          name,
          text(root, "title").orElse(name),
          licence(),
          text(root, "homepage")
              .filter(h -> !h.isBlank())
              .orElse("Fiscal Data Package '" + name + "' (" + file + ")"),
          country(),
          currency,
          unitFactor(name),
          List.copyOf(resources),
          List.copyOf(levels),
          List.copyOf(hierarchies),
          List.copyOf(measures),
          List.copyOf(columns),
          yearColumn,
          period,
          budgetYear,
          Map.copyOf(dialects));
    }

    // A Frictionless CSV dialect: one-character delimiter and quoteChar, and a header row.
    private CsvDialect dialect(JsonNode d, String path) {
      String where = "resource '" + path + "': ";
      if (!d.isObject()) {
        throw fail(where + "a dialect object", "a dialect that is not one");
      }
      if (d.has("header") && !d.path("header").asBoolean(true)) {
        throw fail(where + "a CSV with a header row", "a dialect with \"header\": false");
      }
      char delimiter = oneChar(d, "delimiter", ',', where);
      char quote = oneChar(d, "quoteChar", '"', where);
      try {
        return new CsvDialect(delimiter, quote, false);
      } catch (IllegalArgumentException e) {
        throw fail(where + "a delimiter other than the quote", "'" + delimiter + "' for both");
      }
    }

    private char oneChar(JsonNode d, String field, char fallback, String where) {
      Optional<String> v = text(d, field);
      if (v.isEmpty()) {
        return fallback;
      }
      if (v.get().length() != 1) {
        throw fail(where + "a one-character " + field, InputException.quote(v.get()));
      }
      return v.get().charAt(0);
    }

    // Measures that differ only by phase or year are one measure at different stages and years, so
    // that execution can be compared with the budget; measures that would collide stay apart.
    private void assignMeasures(
        List<Measure> measures, List<MeasureColumn> columns, Optional<FiscalYear> budgetYear) {
      Map<Direction, List<RawMeasure>> byDirection = new LinkedHashMap<>();
      for (RawMeasure m : rawMeasures) {
        byDirection.computeIfAbsent(m.direction(), d -> new ArrayList<>()).add(m);
      }
      for (var entry : byDirection.entrySet()) {
        Direction direction = entry.getKey();
        List<RawMeasure> group = entry.getValue();
        Set<String> slots = new HashSet<>();
        boolean distinct = group.stream().allMatch(m -> slots.add(m.stage() + "|" + m.year()));
        String base = direction == Direction.EXPENDITURE ? "expenditure" : "revenue";
        String ko = direction == Direction.EXPENDITURE ? "지출" : "수입";
        if (distinct) {
          measures.add(measure(base + "_as_reported", ko, base, direction));
          for (RawMeasure m : group) {
            columns.add(column(m, base + "_as_reported", budgetYear));
          }
        } else {
          for (RawMeasure m : group) {
            String id = snake(m.key());
            measures.add(measure(id, m.key(), m.key(), direction));
            columns.add(column(m, id, budgetYear));
          }
        }
      }
    }

    private static Measure measure(String id, String ko, String en, Direction direction) {
      return new Measure(id, ko + " (원자료 기준)", en + " (as reported)", direction, Basis.AS_REPORTED);
    }

    private static MeasureColumn column(RawMeasure m, String id, Optional<FiscalYear> budgetYear) {
      Optional<Stage> stage = m.stage();
      if (stage.isEmpty() && m.year().isPresent() && budgetYear.isPresent()) {
        stage =
            Optional.of(
                m.year().get().compareTo(budgetYear.get()) < 0 ? Stage.ENACTED : Stage.PROPOSAL);
      }
      // The 1.0 spec defines fiscal data as transactions, money that moved: without a phase, an
      // amount is taken as executed.
      stage = stage.or(() -> Optional.of(Stage.EXECUTED));
      return new MeasureColumn(m.column(), id, stage, m.year(), m.factor());
    }

    private void readModel(JsonNode model) {
      for (var e : model.path("measures").properties()) {
        JsonNode m = e.getValue();
        String column = text(m, "source").orElse(e.getKey());
        rawMeasures.add(
            new RawMeasure(
                e.getKey(),
                column,
                text(m, "currency"),
                factor(m, e.getKey()),
                direction(m, e.getKey()),
                text(m, "phase").map(p -> stage(p, e.getKey())),
                yearOf(column).or(() -> yearOf(e.getKey()))));
      }
      for (var e : model.path("dimensions").properties()) {
        String dimension = e.getKey();
        JsonNode d = e.getValue();
        JsonNode attributes = d.path("attributes");
        if ("datetime".equals(d.path("dimensionType").asText())) {
          JsonNode year = attributes.path("year");
          if (year.isObject() && yearColumn.isEmpty()) {
            yearColumn = text(year, "source");
          }
          continue;
        }
        List<String> keys = new ArrayList<>();
        JsonNode pk = d.path("primaryKey");
        if (pk.isArray()) {
          pk.forEach(k -> keys.add(k.asText()));
        } else if (pk.isTextual()) {
          keys.add(pk.asText());
        } else {
          throw fail("a primaryKey for dimension '" + dimension + "'", "none");
        }
        List<String> keyLevelIds = new ArrayList<>();
        for (String key : keys) {
          JsonNode attribute = attributes.path(key);
          String column =
              text(attribute, "source")
                  .orElseThrow(
                      () ->
                          fail(
                              "an attribute '"
                                  + key
                                  + "' with a 'source' in dimension '"
                                  + dimension
                                  + "'",
                              "none"));
          String id = keys.size() == 1 ? snake(dimension) : snake(key);
          String label = keys.size() == 1 ? dimension : key;
          keyLevelIds.add(addLevel(id, label, column));
          for (var a : attributes.properties()) {
            if (key.equals(a.getValue().path("labelfor").asText(null))) {
              addLevel(
                  keys.size() == 1 ? id + "_label" : snake(a.getKey()),
                  keys.size() == 1 ? dimension + " (label)" : a.getKey(),
                  text(a.getValue(), "source").orElse(a.getKey()));
            }
          }
        }
        // A composite key is a hierarchy only when its attributes name their parents.
        boolean parented = keys.stream().anyMatch(k -> attributes.path(k).has("parent"));
        if (keyLevelIds.size() > 1 && parented) {
          hierarchies.add(new Hierarchy(snake(dimension), dimension, dimension, keyLevelIds));
        }
      }
    }

    private void readColumnTypes() {
      Map<String, TreeMap<Integer, String>> levelled = new LinkedHashMap<>();
      for (JsonNode resource : root.path("resources")) {
        JsonNode schema = resource.path("schema");
        for (JsonNode extra : schema.path("extraFields")) {
          if ("value-currency:code".equals(type(extra)) && extra.has("constant")) {
            packageCurrency = Optional.of(extra.path("constant").asText());
          }
        }
        for (JsonNode field : schema.path("fields")) {
          String type = type(field);
          String name =
              text(field, "name")
                  .orElseThrow(() -> fail("a 'name' on every field", "a field without one"));
          // A field with 'normalize' feeds the extra field of columnType 'value' (spec 1.0).
          boolean measure = type.equals("value") || field.path("normalize").isObject();
          if (type.isEmpty() && !measure) {
            continue;
          }
          if (measure) {
            JsonNode normalize = field.path("normalize");
            rawMeasures.add(
                new RawMeasure(
                    name,
                    name,
                    text(field, "currency"),
                    factor(field, name),
                    direction(field, name),
                    text(field, "phase")
                        .or(() -> normalized(schema, normalize, "phase"))
                        .map(p -> stage(p, name)),
                    normalized(schema, normalize, "date:fiscal-year")
                        .flatMap(PackageDescriptor::yearOf)));
          } else if (type.equals("date:fiscal-year")) {
            yearColumn = Optional.of(name);
          } else if (!type.startsWith("date")) {
            String id = addLevel(snake(name), name, name);
            Matcher m = LEVELLED.matcher(type);
            if (m.matches()) {
              levelled
                  .computeIfAbsent(m.group(1), k -> new TreeMap<>())
                  .put(Integer.parseInt(m.group(2)), id);
            }
          }
        }
      }
      for (var e : levelled.entrySet()) {
        if (e.getValue().size() > 1) {
          hierarchies.add(
              new Hierarchy(
                  snake(e.getKey()), e.getKey(), e.getKey(), List.copyOf(e.getValue().values())));
        }
      }
    }

    // The value a measure's 'normalize' map gives to the extra field of a columnType family.
    private static Optional<String> normalized(
        JsonNode schema, JsonNode normalize, String typePrefix) {
      for (JsonNode extra : schema.path("extraFields")) {
        if (type(extra).startsWith(typePrefix)) {
          JsonNode v = normalize.path(extra.path("name").asText());
          if (!v.isMissingNode() && !v.isNull()) {
            return Optional.of(v.asText());
          }
        }
      }
      return Optional.empty();
    }

    private static String type(JsonNode field) {
      return text(field, "columnType").or(() -> text(field, "osType")).orElse("");
    }

    private String addLevel(String id, String label, String column) {
      String unique = id;
      for (int n = 2; !levelIds.add(unique); n++) {
        unique = id + "_" + n;
      }
      levels.add(new LevelColumn(new Level(unique, label, label), column));
      return unique;
    }

    private BigDecimal factor(JsonNode m, String key) {
      JsonNode f = m.path("factor");
      if (f.isMissingNode() || f.isNull()) {
        return BigDecimal.ONE;
      }
      if (!f.isNumber() || f.decimalValue().signum() <= 0) {
        throw fail(
            "a positive number as the factor of measure '" + key + "'",
            InputException.quote(f.toString()));
      }
      return new BigDecimal(f.asText());
    }

    private Direction direction(JsonNode m, String key) {
      String d = m.path("direction").asText("expenditure").toLowerCase(Locale.ROOT);
      return switch (d) {
        case "expenditure" -> Direction.EXPENDITURE;
        case "revenue" -> Direction.REVENUE;
        default ->
            throw fail(
                "direction 'expenditure' or 'revenue' for measure '" + key + "'",
                InputException.quote(d));
      };
    }

    private Stage stage(String phase, String key) {
      return switch (phase.toLowerCase(Locale.ROOT)) {
        case "proposed" -> Stage.PROPOSAL;
        case "approved" -> Stage.ENACTED;
        case "adjusted" -> Stage.FINAL;
        case "executed" -> Stage.EXECUTED;
        default ->
            throw fail(
                "phase proposed, approved, adjusted or executed for measure '" + key + "'",
                InputException.quote(phase));
      };
    }

    private String licence() {
      Optional<String> single = text(root, "license");
      if (single.isPresent()) {
        return single.get();
      }
      JsonNode first = root.path("licenses").path(0);
      return text(first, "name")
          .or(() -> text(first, "title"))
          .orElse("not stated in the descriptor");
    }

    private Optional<String> country() {
      JsonNode c = root.path("countryCode");
      JsonNode code = c.isArray() ? c.path(0) : c;
      return code.isTextual()
          ? Optional.of(code.asText().toUpperCase(Locale.ROOT))
          : Optional.empty();
    }

    // Australia's 2015-16 Portfolio Budget Statements tables are in $'000 (every table heads its
    // columns so), but the au-budget package from openspending/fiscal-data-package-demos declares
    // no
    // factor; reading it in dollars would understate every figure a thousandfold.
    private BigDecimal unitFactor(String name) {
      boolean pbs =
          name.equals("au-budget")
              && rawMeasures.stream().allMatch(m -> m.factor().compareTo(BigDecimal.ONE) == 0)
              && root.path("resources")
                  .path(0)
                  .path("schema")
                  .path("fields")
                  .findValuesAsText("name")
                  .contains("Source document");
      return pbs ? BigDecimal.valueOf(1000) : BigDecimal.ONE;
    }

    private String folderName() {
      Path parent = file.toAbsolutePath().getParent();
      return parent == null || parent.getFileName() == null
          ? "fdp"
          : parent.getFileName().toString();
    }

    private InputException fail(String expected, String found) {
      return new InputException(file, 0, 0, expected, found);
    }

    private static Optional<String> text(JsonNode node, String field) {
      JsonNode v = node.path(field);
      return v.isValueNode() && !v.isNull() ? Optional.of(v.asText()) : Optional.empty();
    }
  }
}
