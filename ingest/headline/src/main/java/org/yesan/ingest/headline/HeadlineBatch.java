package org.yesan.ingest.headline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private static final int MEASURE = 2;
  private static final int SECTOR = 3;
  private static final int SECTOR_KO = 4;
  private static final int SECTOR_EN = 5;
  private static final int AMOUNT = 6;
  private static final int SOURCE_URL = 7;
  private static final int SOURCES_AGREEING = 9;

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
  private record FigureKey(FiscalYear fiscalYear, Stage stage, String measure, String sector) {
    @Override
    public String toString() {
      return fiscalYear + " " + stage.id() + " " + measure + (sector.isEmpty() ? "" : " " + sector);
    }
  }

  @Override
  public void forEach(FactSink sink) {
    Map<FigureKey, Long> firstLine = new HashMap<>();
    try (CsvTable table = CsvTable.open(file)) {
      table.forEachRow(
          row -> {
            FiscalYear year = fiscalYear(row);
            Stage stage = stage(row);
            Measure measure = measure(row);
            Optional<Sector> sector = sector(row, measure);
            FigureKey key =
                new FigureKey(year, stage, measure.id(), sector.map(Sector::id).orElse(""));
            Long earlier = firstLine.putIfAbsent(key, row.line());
            if (earlier != null) {
              throw row.error(
                  FISCAL_YEAR,
                  "one row per (fiscal_year, stage, measure, sector)",
                  "a second row for " + key + " (lines " + earlier + " and " + row.line() + ")");
            }
            BigDecimal won = wholeWon(row);
            requireSource(row);
            sink.accept(
                new Fact(
                    List.of(sector.map(Sector::id)),
                    year,
                    stage,
                    measure.id(),
                    year,
                    won,
                    row.line()));
          });
    }
  }

  private static FiscalYear fiscalYear(CsvTable.Row row) {
    String text = row.field(FISCAL_YEAR);
    if (!text.matches("\\d{4}")) {
      throw row.error(FISCAL_YEAR, "a fiscal year such as 2026", InputException.quote(text));
    }
    try {
      return FiscalYear.of(Integer.parseInt(text));
    } catch (IllegalArgumentException e) {
      throw row.error(
          FISCAL_YEAR,
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

  private static Measure measure(CsvTable.Row row) {
    String text = row.field(MEASURE);
    if (text.equals(Measure.TOTAL_EXPENDITURE.id())) {
      return Measure.TOTAL_EXPENDITURE;
    }
    if (text.equals(HeadlineCsvFormat.SECTOR_ALLOCATION.id())) {
      return HeadlineCsvFormat.SECTOR_ALLOCATION;
    }
    throw row.error(MEASURE, "total_expenditure or sector_allocation", InputException.quote(text));
  }

  private static Optional<Sector> sector(CsvTable.Row row, Measure measure) {
    String id = row.field(SECTOR);
    if (measure == Measure.TOTAL_EXPENDITURE) {
      // A total belongs to no sector; labels on it would suggest otherwise.
      for (int column : new int[] {SECTOR, SECTOR_KO, SECTOR_EN}) {
        if (!row.field(column).isEmpty()) {
          throw row.error(
              column,
              "an empty field for a total_expenditure row",
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

  private static BigDecimal wholeWon(CsvTable.Row row) {
    BigDecimal trillions = row.amount(AMOUNT, SourceUnit.TRILLION_WON.label());
    BigDecimal won = SourceUnit.TRILLION_WON.toBase(trillions);
    if (won.stripTrailingZeros().scale() > 0) {
      throw row.error(
          AMOUNT,
          "an amount in 조원 that is a whole number of 원 (at most 12 decimals)",
          InputException.quote(row.field(AMOUNT))
              + ", which is "
              + won.stripTrailingZeros().toPlainString()
              + " 원");
    }
    return won.setScale(0, RoundingMode.UNNECESSARY);
  }

  private static void requireSource(CsvTable.Row row) {
    if (row.field(SOURCE_URL).isEmpty()) {
      throw row.error(SOURCE_URL, "the address of the page the figure was taken from", "nothing");
    }
    String agreeing = row.field(SOURCES_AGREEING);
    if (!agreeing.matches("[1-9][0-9]*")) {
      throw row.error(
          SOURCES_AGREEING,
          "a count of agreeing sources (1 or more)",
          InputException.quote(agreeing));
    }
  }
}
