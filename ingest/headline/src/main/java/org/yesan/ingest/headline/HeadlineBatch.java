package org.yesan.ingest.headline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.CsvTable;
import org.yesan.ingest.FactSink;
import org.yesan.ingest.InputException;
import org.yesan.ingest.SourceBatch;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;

/** One headline CSV file whose header has been checked; each pass over it rereads the file. */
final class HeadlineBatch implements SourceBatch {

  private static final int FISCAL_YEAR = 0;
  private static final int STAGE = 1;
  private static final int REPORTED_IN = 2;
  private static final int MEASURE = 3;
  private static final int SECTOR = 4;
  private static final int SECTOR_KO = 5;
  private static final int SECTOR_EN = 6;
  private static final int AMOUNT = 7;
  private static final int UNIT = 8;
  private static final int SOURCE_URL = 9;
  private static final int PUBLISHER = 10;
  private static final int ANNOUNCED_ON = 11;
  private static final int SOURCES_AGREEING = 12;

  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(-(\\d{2}))?");

  /** Percentages are stored with two decimals at most, like every amount. */
  private static final int PERCENT_SCALE = 2;

  private final Path file;
  private final BatchDescription description;

  HeadlineBatch(Path file, BatchDescription description) {
    this.file = file;
    this.description = description;
  }

  @Override
  public BatchDescription description() {
    return description;
  }

  /** What identifies a figure; the file holds at most one row for each. */
  private record FigureKey(
      FiscalYear fiscalYear, Stage stage, FiscalYear reportedIn, String measure, String sector) {
    @Override
    public String toString() {
      return fiscalYear
          + " "
          + stage.id()
          + (reportedIn.equals(fiscalYear) ? "" : " reported in " + reportedIn)
          + " "
          + measure
          + (sector.isEmpty() ? "" : " " + sector);
    }
  }

  @Override
  public void forEach(FactSink sink) {
    Map<FigureKey, Long> firstLine = new HashMap<>();
    try (CsvTable table = CsvTable.open(file)) {
      table.forEachRow(
          row -> {
            FiscalYear year = fiscalYear(row, FISCAL_YEAR);
            Stage stage = stage(row);
            FiscalYear reportedIn = reportedIn(row, year);
            HeadlineMeasure measure = measure(row, stage);
            Optional<Sector> sector = sector(row, measure);
            FigureKey key =
                new FigureKey(
                    year, stage, reportedIn, measure.id(), sector.map(Sector::id).orElse(""));
            Long earlier = firstLine.putIfAbsent(key, row.line());
            if (earlier != null) {
              throw row.error(
                  FISCAL_YEAR,
                  "one row per (fiscal_year, stage, reported_in, measure, sector)",
                  "a second row for " + key + " (lines " + earlier + " and " + row.line() + ")");
            }
            BigDecimal amount = amount(row, measure);
            requireSource(row);
            sink.accept(
                new Fact(
                    List.of(sector.map(Sector::id)),
                    year,
                    stage,
                    measure.id(),
                    reportedIn,
                    amount,
                    row.line()));
          });
    }
  }

  private static FiscalYear fiscalYear(CsvTable.Row row, int column) {
    String text = row.field(column);
    if (!text.matches("\\d{4}")) {
      throw row.error(column, "a fiscal year such as 2026", InputException.quote(text));
    }
    try {
      return FiscalYear.of(Integer.parseInt(text));
    } catch (IllegalArgumentException e) {
      throw row.error(
          column,
          "a fiscal year between " + FiscalYear.MIN + " and " + FiscalYear.MAX,
          InputException.quote(text));
    }
  }

  private static Stage stage(CsvTable.Row row) {
    String text = row.field(STAGE);
    // Only the ids are accepted: this is Yesan's own file, and Stage.parse would also take Korean.
    if (!text.matches("proposal|enacted|supplementary_[1-9][0-9]?(_proposal)?|final|executed")) {
      throw row.error(
          STAGE,
          "a stage id (proposal, enacted, supplementary_N, supplementary_N_proposal, final,"
              + " executed)",
          InputException.quote(text));
    }
    return Stage.parse(text);
  }

  /**
   * The budget year whose documents published the figure: the figure's own year, or a later one
   * that restated it (a prior-year base in a later proposal).
   */
  private static FiscalYear reportedIn(CsvTable.Row row, FiscalYear year) {
    FiscalYear reportedIn = fiscalYear(row, REPORTED_IN);
    if (reportedIn.value() < year.value()) {
      throw row.error(
          REPORTED_IN,
          "the fiscal year of the budget that published the figure, " + year + " or later",
          InputException.quote(row.field(REPORTED_IN)));
    }
    return reportedIn;
  }

  private static HeadlineMeasure measure(CsvTable.Row row, Stage stage) {
    String text = row.field(MEASURE);
    HeadlineMeasure measure =
        HeadlineMeasure.byId(text)
            .orElseThrow(
                () ->
                    row.error(
                        MEASURE,
                        "a measure id ("
                            + Arrays.stream(HeadlineMeasure.values())
                                .map(HeadlineMeasure::id)
                                .collect(Collectors.joining(", "))
                            + ")",
                        InputException.quote(text)));
    if (!measure.rule().allows(stage)) {
      throw row.error(
          STAGE,
          "for " + text + ", " + measure.rule().stages(),
          InputException.quote(row.field(STAGE)));
    }
    return measure;
  }

  private static Optional<Sector> sector(CsvTable.Row row, HeadlineMeasure measure) {
    String id = row.field(SECTOR);
    if (!measure.rule().hasSector()) {
      // A national figure belongs to no sector; labels on it would suggest otherwise.
      for (int column : new int[] {SECTOR, SECTOR_KO, SECTOR_EN}) {
        if (!row.field(column).isEmpty()) {
          throw row.error(
              column,
              "an empty field for a " + measure.id() + " row",
              InputException.quote(row.field(column)));
        }
      }
      return Optional.empty();
    }
    Sector sector =
        Sector.byId(id)
            .orElseThrow(
                () ->
                    row.error(
                        SECTOR,
                        "one of the 12 sector ids (health_welfare_employment, education, ...)",
                        InputException.quote(id)));
    if (!row.field(SECTOR_KO).equals(sector.labelKo())) {
      throw row.error(
          SECTOR_KO,
          "the Korean label of " + id + " '" + sector.labelKo() + "'",
          InputException.quote(row.field(SECTOR_KO)));
    }
    if (!row.field(SECTOR_EN).equals(sector.labelEn())) {
      throw row.error(
          SECTOR_EN,
          "the English label of " + id + " '" + sector.labelEn() + "'",
          InputException.quote(row.field(SECTOR_EN)));
    }
    return Optional.of(sector);
  }

  /**
   * The amount as stored: 원 for money (조원 × 10^12, which must be whole), the percentage itself for
   * a ratio. The text must be a plain decimal, with a sign only where the measure can be negative.
   */
  private static BigDecimal amount(CsvTable.Row row, HeadlineMeasure measure) {
    String unit = row.field(UNIT);
    if (!unit.equals(measure.unit())) {
      throw row.error(
          UNIT, "'" + measure.unit() + "' for " + measure.id(), InputException.quote(unit));
    }
    String text = row.field(AMOUNT);
    if (!DECIMAL.matcher(text).matches()) {
      throw row.error(
          AMOUNT,
          "a plain decimal number such as 728.0 (no commas, no unit)",
          InputException.quote(text));
    }
    BigDecimal value = new BigDecimal(text);
    if (measure.signed() ? text.startsWith("-0") && value.signum() == 0 : value.signum() <= 0) {
      throw row.error(
          AMOUNT,
          measure.signed()
              ? "a number without a minus sign on zero"
              : "a positive amount (" + measure.id() + " cannot be zero or negative)",
          InputException.quote(text));
    }
    if (measure.measure().quantity() == Measure.Quantity.PERCENT) {
      if (value.scale() > PERCENT_SCALE) {
        throw row.error(
            AMOUNT,
            "a percentage with at most " + PERCENT_SCALE + " decimals",
            InputException.quote(text));
      }
      return value;
    }
    BigDecimal won = SourceUnit.TRILLION_WON.toBase(value);
    if (won.stripTrailingZeros().scale() > 0) {
      throw row.error(
          AMOUNT,
          "an amount in 조원 that is a whole number of 원 (at most 12 decimals)",
          InputException.quote(text)
              + ", which is "
              + won.stripTrailingZeros().toPlainString()
              + " 원");
    }
    return won.setScale(0, RoundingMode.UNNECESSARY);
  }

  private static void requireSource(CsvTable.Row row) {
    String url = row.field(SOURCE_URL);
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      throw row.error(
          SOURCE_URL,
          "the address (http:// or https://) of the page the figure was taken from",
          url.isEmpty() ? "nothing" : InputException.quote(url));
    }
    if (row.field(PUBLISHER).isBlank()) {
      throw row.error(PUBLISHER, "the publisher of that page", "nothing");
    }
    requireDate(row);
    String agreeing = row.field(SOURCES_AGREEING);
    if (!agreeing.matches("[1-9][0-9]*")) {
      throw row.error(
          SOURCES_AGREEING,
          "a count of agreeing sources (1 or more)",
          InputException.quote(agreeing));
    }
  }

  /** An ISO date, or a month where the source gives no day. */
  private static void requireDate(CsvTable.Row row) {
    String text = row.field(ANNOUNCED_ON);
    Matcher m = DATE.matcher(text);
    boolean valid = m.matches();
    if (valid) {
      try {
        if (m.group(4) == null) {
          YearMonth.parse(text);
        } else {
          LocalDate.parse(text);
        }
      } catch (DateTimeParseException e) {
        valid = false;
      }
    }
    if (!valid) {
      throw row.error(
          ANNOUNCED_ON,
          "the date of publication, YYYY-MM-DD (or YYYY-MM where the source gives no day)",
          text.isEmpty() ? "nothing" : InputException.quote(text));
    }
  }
}
