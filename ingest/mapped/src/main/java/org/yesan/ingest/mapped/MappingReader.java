package org.yesan.ingest.mapped;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yesan.ingest.InputException;
import org.yesan.ingest.TextEncoding;
import org.yesan.ingest.mapped.JsonValue.JsonArray;
import org.yesan.ingest.mapped.JsonValue.JsonNumber;
import org.yesan.ingest.mapped.JsonValue.JsonObject;
import org.yesan.ingest.mapped.JsonValue.JsonText;
import org.yesan.ingest.mapped.JsonValue.Member;
import org.yesan.ingest.mapped.JsonValue.Position;
import org.yesan.ingest.mapped.Mapping.AmountColumn;
import org.yesan.ingest.mapped.Mapping.AmountLayout;
import org.yesan.ingest.mapped.Mapping.ColumnName;
import org.yesan.ingest.mapped.Mapping.FixedStage;
import org.yesan.ingest.mapped.Mapping.FixedYear;
import org.yesan.ingest.mapped.Mapping.LevelColumn;
import org.yesan.ingest.mapped.Mapping.LongAmounts;
import org.yesan.ingest.mapped.Mapping.StageColumn;
import org.yesan.ingest.mapped.Mapping.StageSource;
import org.yesan.ingest.mapped.Mapping.WideAmounts;
import org.yesan.ingest.mapped.Mapping.YearColumn;
import org.yesan.ingest.mapped.Mapping.YearSource;
import org.yesan.model.FiscalYear;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;

/**
 * Turns the JSON of a mapping file into a {@link Mapping}, rejecting anything it does not know with
 * an error that points at the offending line and column of the mapping file.
 */
final class MappingReader {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final Pattern DATASET = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

  private static final String STAGES =
      "a stage (proposal, enacted, supplementary_N, supplementary_N_proposal, final, executed)";

  private static final Map<String, SourceUnit> KOREAN_UNITS =
      units(
          SourceUnit.WON,
          SourceUnit.THOUSAND_WON,
          SourceUnit.MILLION_WON,
          SourceUnit.HUNDRED_MILLION_WON,
          SourceUnit.TRILLION_WON);

  private static final Map<String, Measure> MEASURES =
      measures(
          Measure.EXPENDITURE,
          Measure.EXPENDITURE_NET,
          Measure.REVENUE,
          Measure.REVENUE_NET,
          Measure.TOTAL_EXPENDITURE);

  private static final Map<String, Level> LEVELS =
      levels(
          Level.MINISTRY,
          Level.ACCOUNT,
          Level.SUB_ACCOUNT,
          Level.SECTOR,
          Level.SUBSECTOR,
          Level.PROGRAM,
          Level.UNIT_PROJECT,
          Level.PROJECT,
          Level.REVENUE_SECTION,
          Level.REVENUE_ITEM,
          Level.REVENUE_SUBITEM);

  private static final Map<String, Hierarchy> HIERARCHIES =
      Map.of(
          Hierarchy.KR_ADMINISTRATIVE.id(), Hierarchy.KR_ADMINISTRATIVE,
          Hierarchy.KR_FUNCTIONAL.id(), Hierarchy.KR_FUNCTIONAL,
          Hierarchy.KR_REVENUE.id(), Hierarchy.KR_REVENUE);

  private final Path file;

  private MappingReader(Path file) {
    this.file = file;
  }

  /**
   * Reads and validates a mapping file.
   *
   * @throws InputException naming the mapping file, line and column of the first problem
   */
  static Mapping read(Path file) {
    return new MappingReader(file).mapping(MappingJson.read(file));
  }

  private Mapping mapping(JsonValue root) {
    Properties top =
        properties(
            root,
            "the mapping",
            "dataset",
            "title",
            "country",
            "currency",
            "unit",
            "source",
            "licence",
            "encoding",
            "delimiter",
            "levels",
            "hierarchies",
            "measure",
            "fiscal_year",
            "reported_in",
            "amounts",
            "amount",
            "stage",
            "key");
    String dataset =
        matching(
            top.required("dataset"),
            DATASET,
            "a dataset name of lowercase letters, digits, '-' and '_'");
    String title = text(top.required("title"), "a title");
    Optional<String> country =
        top.optional("country")
            .map(
                v ->
                    matching(
                        v, Pattern.compile("[A-Z]{2}"), "a two-letter country code such as KR"));
    String currency =
        matching(
            top.required("currency"),
            Pattern.compile("[A-Z]{3}"),
            "a three-letter currency code such as KRW");
    SourceUnit unit = unit(top.required("unit"), currency);
    String source = text(top.required("source"), "a description of where the file came from");
    String licence = text(top.required("licence"), "the licence of the data");
    Optional<Charset> encoding = top.optional("encoding").flatMap(this::encoding);
    char delimiter = top.optional("delimiter").map(this::delimiter).orElse(',');
    List<LevelColumn> levels = levels(top.required("levels"));
    Map<String, Position> levelIds = new LinkedHashMap<>();
    levels.forEach(l -> levelIds.put(l.level().id(), l.column().at()));
    List<Hierarchy> hierarchies =
        top.optional("hierarchies").map(v -> hierarchies(v, levelIds)).orElse(List.of());
    Measure measure = measure(top.required("measure"));
    YearSource fiscalYear = year(top.required("fiscal_year"), "\"fiscal_year\"");
    Optional<YearSource> reportedIn =
        top.optional("reported_in").map(v -> year(v, "\"reported_in\""));
    AmountLayout amounts = amounts(top);
    List<String> key = top.optional("key").map(v -> key(v, levelIds)).orElse(List.of());
    return new Mapping(
        file,
        dataset,
        title,
        country,
        currency,
        unit,
        source,
        licence,
        encoding,
        delimiter,
        levels,
        hierarchies,
        measure,
        fiscalYear,
        reportedIn,
        amounts,
        key);
  }

  private SourceUnit unit(JsonValue value, String currency) {
    String expected =
        "a unit (" + String.join(", ", KOREAN_UNITS.keySet()) + ") or {\"factor\": \"1000\"}";
    if (value instanceof JsonText t) {
      SourceUnit unit = KOREAN_UNITS.get(t.text());
      if (unit == null) {
        throw error(value, expected, value.describe());
      }
      if (!currency.equals("KRW")) {
        throw error(
            value,
            "a unit of " + currency + " such as {\"factor\": \"1000\"}",
            value.describe() + ", a unit of KRW");
      }
      return unit;
    }
    if (!(value instanceof JsonObject)) {
      throw error(value, expected, value.describe());
    }
    Properties p = properties(value, "\"unit\"", "factor", "label");
    JsonValue f = p.required("factor");
    BigDecimal factor = decimal(f, "a positive factor such as \"1000\"");
    if (factor.signum() <= 0) {
      throw error(f, "a positive factor such as \"1000\"", f.describe());
    }
    SourceUnit named = SourceUnit.ofFactor(currency, factor);
    // ofFactor strips trailing zeros, leaving 1000 as 1E+3; a negative scale would carry into every
    // converted amount (1.00E+5), so the factor keeps a scale of at least zero.
    BigDecimal exact = named.factor().setScale(Math.max(0, named.factor().scale()));
    String label =
        p.optional("label").map(v -> text(v, "a label for the unit")).orElse(named.label());
    return new SourceUnit(named.id(), label, exact);
  }

  private Optional<Charset> encoding(JsonValue value) {
    String name = text(value, "an encoding (auto, UTF-8, CP949)");
    if (name.equalsIgnoreCase("auto")) {
      return Optional.empty();
    }
    if (name.equalsIgnoreCase("CP949")) {
      return Optional.of(TextEncoding.CP949);
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw error(
          value, "an encoding (auto, UTF-8, CP949 or another Java charset name)", value.describe());
    }
  }

  private char delimiter(JsonValue value) {
    String expected = "a delimiter of one character such as \",\" or \"\\t\"";
    // Not text(): a tab or a space is a blank string, and a fine delimiter.
    if (!(value instanceof JsonText t)) {
      throw error(value, expected, value.describe());
    }
    String d = t.text();
    if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
      throw error(value, expected, value.describe());
    }
    return d.charAt(0);
  }

  private List<LevelColumn> levels(JsonValue value) {
    List<JsonValue> items = list(value, "a list of levels");
    if (items.isEmpty()) {
      throw error(value, "at least one level", "an empty list");
    }
    List<LevelColumn> levels = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (JsonValue item : items) {
      Properties p = properties(item, "a level", "id", "column", "label_ko", "label_en");
      JsonValue idValue = p.required("id");
      String id = id(idValue, "a level id");
      Position first = seen.putIfAbsent(id, idValue.at());
      if (first != null) {
        throw error(
            idValue,
            "each level id once",
            idValue.describe() + " again (first at " + first.line() + ":" + first.column() + ")");
      }
      ColumnName column = column(p.required("column"));
      Optional<Level> known = Optional.ofNullable(LEVELS.get(id));
      String labelKo =
          p.optional("label_ko")
              .map(v -> text(v, "a Korean label"))
              .orElseGet(() -> known.map(Level::labelKo).orElse(column.name()));
      String labelEn =
          p.optional("label_en")
              .map(v -> text(v, "an English label"))
              .orElseGet(() -> known.map(Level::labelEn).orElse(id.replace('_', ' ')));
      levels.add(new LevelColumn(new Level(id, labelKo, labelEn), column));
    }
    return levels;
  }

  private List<Hierarchy> hierarchies(JsonValue value, Map<String, Position> levelIds) {
    List<Hierarchy> hierarchies = new ArrayList<>();
    for (JsonValue item : list(value, "a list of hierarchies")) {
      Properties p = properties(item, "a hierarchy", "id", "levels", "label_ko", "label_en");
      String id = id(p.required("id"), "a hierarchy id");
      JsonValue levelsValue = p.required("levels");
      List<String> ids = levelIds(levelsValue, levelIds, "a hierarchy");
      if (ids.isEmpty()) {
        throw error(levelsValue, "at least one level id", "an empty list");
      }
      Optional<Hierarchy> known = Optional.ofNullable(HIERARCHIES.get(id));
      String labelKo =
          p.optional("label_ko")
              .map(v -> text(v, "a Korean label"))
              .orElseGet(() -> known.map(Hierarchy::labelKo).orElse(id));
      String labelEn =
          p.optional("label_en")
              .map(v -> text(v, "an English label"))
              .orElseGet(() -> known.map(Hierarchy::labelEn).orElse(id.replace('_', ' ')));
      hierarchies.add(new Hierarchy(id, labelKo, labelEn, ids));
    }
    return hierarchies;
  }

  private List<String> key(JsonValue value, Map<String, Position> levelIds) {
    List<String> ids = levelIds(value, levelIds, "the key");
    if (ids.isEmpty()) {
      throw error(value, "at least one level id", "an empty list");
    }
    return ids;
  }

  private List<String> levelIds(JsonValue value, Map<String, Position> levelIds, String what) {
    List<String> ids = new ArrayList<>();
    for (JsonValue item : list(value, "a list of level ids")) {
      String id = text(item, "a level id");
      if (!levelIds.containsKey(id)) {
        throw error(
            item,
            "a level id declared in \"levels\" (" + String.join(", ", levelIds.keySet()) + ")",
            item.describe());
      }
      if (ids.contains(id)) {
        throw error(item, "each level once in " + what, item.describe() + " again");
      }
      ids.add(id);
    }
    return ids;
  }

  private Measure measure(JsonValue value) {
    String expected =
        "a measure ("
            + String.join(", ", MEASURES.keySet())
            + ") or an object with id, direction and basis";
    if (value instanceof JsonText t) {
      Measure m = MEASURES.get(t.text());
      if (m == null) {
        throw error(value, expected, value.describe());
      }
      return m;
    }
    if (!(value instanceof JsonObject)) {
      throw error(value, expected, value.describe());
    }
    Properties p =
        properties(value, "\"measure\"", "id", "label_ko", "label_en", "direction", "basis");
    String id = id(p.required("id"), "a measure id");
    Measure.Direction direction =
        choice(
            p.required("direction"), Measure.Direction.class, "a direction (expenditure, revenue)");
    Measure.Basis basis =
        choice(p.required("basis"), Measure.Basis.class, "a basis (gross, net, as_reported)");
    String labelEn =
        p.optional("label_en").map(v -> text(v, "an English label")).orElse(id.replace('_', ' '));
    String labelKo = p.optional("label_ko").map(v -> text(v, "a Korean label")).orElse(labelEn);
    return new Measure(id, labelKo, labelEn, direction, basis);
  }

  private YearSource year(JsonValue value, String what) {
    Properties p = properties(value, what, "column", "value");
    Optional<JsonValue> column = p.optional("column");
    Optional<JsonValue> fixed = p.optional("value");
    if (column.isPresent() == fixed.isPresent()) {
      throw error(
          value,
          "either \"column\" or \"value\" in " + what,
          column.isPresent() ? "both" : "neither");
    }
    if (column.isPresent()) {
      return new YearColumn(column(column.get()));
    }
    JsonValue v = fixed.get();
    String expected = "a fiscal year such as 2016";
    String text =
        v instanceof JsonNumber n ? n.text() : v instanceof JsonText t ? t.text() : v.describe();
    try {
      return new FixedYear(FiscalYear.parse(text));
    } catch (IllegalArgumentException e) {
      throw error(
          v, expected + " (" + FiscalYear.MIN + " to " + FiscalYear.MAX + ")", v.describe());
    }
  }

  private AmountLayout amounts(Properties top) {
    Optional<JsonValue> wide = top.optional("amounts");
    Optional<JsonValue> amount = top.optional("amount");
    Optional<JsonValue> stage = top.optional("stage");
    if (wide.isPresent()) {
      if (amount.isPresent() || stage.isPresent()) {
        JsonValue extra = amount.orElseGet(stage::get);
        throw error(
            top.nameAt(amount.isPresent() ? "amount" : "stage"),
            "either \"amounts\" (one column per stage) or \"amount\" with \"stage\", not both",
            "\""
                + (amount.isPresent() ? "amount" : "stage")
                + "\" at "
                + extra.at().line()
                + ":"
                + extra.at().column()
                + " besides \"amounts\"");
      }
      return wideAmounts(wide.get());
    }
    if (amount.isEmpty()) {
      throw error(
          top.at(),
          "an \"amounts\" list (one column per stage) or an \"amount\" with a \"stage\"",
          "neither");
    }
    Properties a = properties(amount.get(), "\"amount\"", "column");
    ColumnName column = column(a.required("column"));
    if (stage.isEmpty()) {
      throw error(top.at(), "a \"stage\" for the \"amount\" column", "none");
    }
    return new LongAmounts(column, stageSource(stage.get()));
  }

  private WideAmounts wideAmounts(JsonValue value) {
    List<JsonValue> items = list(value, "a list of amount columns");
    if (items.isEmpty()) {
      throw error(value, "at least one amount column", "an empty list");
    }
    List<AmountColumn> columns = new ArrayList<>();
    Map<String, AmountColumn> seen = new HashMap<>();
    for (JsonValue item : items) {
      Properties p = properties(item, "an amount column", "column", "stage", "year_offset");
      ColumnName column = column(p.required("column"));
      JsonValue stageValue = p.required("stage");
      Stage stage = stage(stageValue);
      int offset = p.optional("year_offset").map(this::yearOffset).orElse(0);
      AmountColumn c = new AmountColumn(column, stage, offset);
      AmountColumn before = seen.putIfAbsent(stage.id() + "@" + offset, c);
      if (before != null) {
        throw error(
            stageValue,
            "a stage and year_offset not already given to column "
                + InputException.quote(before.column().name()),
            stageValue.describe() + (offset == 0 ? "" : " with year_offset " + offset));
      }
      columns.add(c);
    }
    return new WideAmounts(columns);
  }

  private int yearOffset(JsonValue value) {
    String expected = "a year offset from -99 to 99, such as -1";
    if (value instanceof JsonNumber n && n.text().matches("-?\\d{1,2}")) {
      return Integer.parseInt(n.text());
    }
    throw error(value, expected, value.describe());
  }

  private StageSource stageSource(JsonValue value) {
    Properties p = properties(value, "\"stage\"", "value", "column", "values");
    Optional<JsonValue> fixed = p.optional("value");
    Optional<JsonValue> column = p.optional("column");
    if (fixed.isPresent() == column.isPresent()) {
      throw error(
          value,
          "either \"column\" or \"value\" in \"stage\"",
          fixed.isPresent() ? "both" : "neither");
    }
    if (fixed.isPresent()) {
      if (p.optional("values").isPresent()) {
        throw error(
            p.nameAt("values"),
            "\"values\" only with a stage \"column\"",
            "\"values\" with a fixed \"value\"");
      }
      return new FixedStage(stage(fixed.get()));
    }
    Map<String, Stage> values = new HashMap<>();
    Optional<JsonValue> mapped = p.optional("values");
    if (mapped.isPresent()) {
      if (!(mapped.get() instanceof JsonObject o)) {
        throw error(
            mapped.get(), "an object from values in the column to stages", mapped.get().describe());
      }
      for (Member m : o.members().values()) {
        values.put(m.name().strip(), stage(m.value()));
      }
    }
    return new StageColumn(column(column.get()), values);
  }

  private Stage stage(JsonValue value) {
    String text = text(value, STAGES);
    try {
      return Stage.parse(text);
    } catch (IllegalArgumentException e) {
      throw error(value, STAGES, value.describe());
    }
  }

  private ColumnName column(JsonValue value) {
    return new ColumnName(text(value, "a column name"), value.at());
  }

  private String id(JsonValue value, String what) {
    return matching(
        value, ID, what + " of lowercase letters, digits and '_', starting with a letter");
  }

  private <E extends Enum<E>> E choice(JsonValue value, Class<E> type, String expected) {
    String text = text(value, expected);
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(text)) {
        return e;
      }
    }
    throw error(value, expected, value.describe());
  }

  private String matching(JsonValue value, Pattern pattern, String expected) {
    String text = text(value, expected);
    if (!pattern.matcher(text).matches()) {
      throw error(value, expected, value.describe());
    }
    return text;
  }

  private String text(JsonValue value, String expected) {
    if (value instanceof JsonText t && !t.text().isBlank()) {
      return t.text().strip();
    }
    throw error(value, expected, value instanceof JsonText ? "a blank string" : value.describe());
  }

  private BigDecimal decimal(JsonValue value, String expected) {
    String text =
        value instanceof JsonNumber n ? n.text() : value instanceof JsonText t ? t.text() : "";
    if (!text.matches("[-+]?\\d+(\\.\\d+)?")) {
      throw error(value, expected, value.describe());
    }
    return new BigDecimal(text);
  }

  private List<JsonValue> list(JsonValue value, String expected) {
    if (value instanceof JsonArray a) {
      return a.items();
    }
    throw error(value, expected, value.describe());
  }

  private Properties properties(JsonValue value, String what, String... known) {
    if (!(value instanceof JsonObject o)) {
      throw error(value, "an object for " + what, value.describe());
    }
    List<String> names = List.of(known);
    for (Member m : o.members().values()) {
      if (!names.contains(m.name())) {
        throw error(
            m.nameAt(),
            "a property of " + what + " (" + String.join(", ", names) + ")",
            InputException.quote(m.name()));
      }
    }
    return new Properties(o, what);
  }

  /** The members of one object of the mapping, looked up by name. */
  private final class Properties {
    private final JsonObject object;
    private final String what;

    Properties(JsonObject object, String what) {
      this.object = object;
      this.what = what;
    }

    Optional<JsonValue> optional(String name) {
      return Optional.ofNullable(object.members().get(name)).map(Member::value);
    }

    JsonValue required(String name) {
      return optional(name)
          .orElseThrow(() -> error(object.at(), "a \"" + name + "\" property in " + what, "none"));
    }

    Position nameAt(String name) {
      return object.members().get(name).nameAt();
    }

    Position at() {
      return object.at();
    }
  }

  private InputException error(JsonValue value, String expected, String found) {
    return error(value.at(), expected, found);
  }

  private InputException error(Position at, String expected, String found) {
    return new InputException(file, at.line(), at.column(), expected, found);
  }

  private static Map<String, SourceUnit> units(SourceUnit... units) {
    Map<String, SourceUnit> byId = new LinkedHashMap<>();
    for (SourceUnit u : units) {
      byId.put(u.id(), u);
    }
    return byId;
  }

  private static Map<String, Measure> measures(Measure... measures) {
    Map<String, Measure> byId = new LinkedHashMap<>();
    for (Measure m : measures) {
      byId.put(m.id(), m);
    }
    return byId;
  }

  private static Map<String, Level> levels(Level... levels) {
    return Arrays.stream(levels)
        .collect(Collectors.toMap(Level::id, l -> l, (a, b) -> a, LinkedHashMap::new));
  }
}
