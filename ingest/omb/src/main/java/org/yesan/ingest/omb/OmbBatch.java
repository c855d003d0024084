package org.yesan.ingest.omb;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * One table of the OMB Public Budget Database turned from one column per year into one fact per
 * account line and year, in dollars.
 *
 * <p>The database is published with a President's Budget and always runs to the budget year plus
 * four out-years, so the budget year is the last year column minus four (2017 for the FY2017
 * database, whose columns end at 2021). Relative to it, years up to two before the budget year are
 * actuals ({@link Stage#EXECUTED}); the year before is the current year, whose figures are OMB's
 * <em>current-year estimate</em> made when the budget went to Congress, recorded as {@link
 * Stage#ENACTED} because they rest on the appropriations enacted so far, though they are an
 * estimate, not a law; the budget year and the out-years are the President's {@link
 * Stage#PROPOSAL}. Every fact is reported in the budget year.
 *
 * <p>The transition quarter column {@code TQ} holds July–September 1976, when the federal fiscal
 * year moved from a July start to an October start. It is not part of FY1976 (which ended on 30
 * June 1976) nor of FY1977, and adding it to either would break every published annual total, yet
 * dropping it would lose a real quarter of spending. So it becomes a separate measure, such as
 * {@code outlays_transition_quarter}, dated fiscal year 1976 and executed.
 *
 * <p>Amounts are thousands of dollars, converted exactly to dollars. Zero cells are not turned into
 * facts: two thirds of the cells are zero, and the database cannot tell a real zero from a year
 * before an account existed or after it closed, so emitting them would assert figures the source
 * does not give. Totals are unaffected; fact counts equal the non-zero cells (68,627 of 212,487 in
 * the FY2017 {@code budauth.csv}).
 */
final class OmbBatch implements SourceBatch {

  private static final SourceUnit THOUSAND_DOLLARS =
      SourceUnit.ofFactor("USD", BigDecimal.valueOf(1000));
  private static final String UNIT_LABEL = "thousands of US dollars";
  private static final int OUT_YEARS = 4;

  private final Path file;
  private final OmbTable table;
  private final int[] levelColumns;
  private final List<YearColumn> yearColumns;
  private final FiscalYear budgetYear;
  private final BatchDescription description;

  /** A column of amounts: its 0-based index, and the year, stage and measure of its cells. */
  private record YearColumn(int index, FiscalYear year, Stage stage, Measure measure) {}

  private OmbBatch(
      Path file,
      OmbTable table,
      int[] levelColumns,
      List<YearColumn> yearColumns,
      FiscalYear budgetYear) {
    this.file = file;
    this.table = table;
    this.levelColumns = levelColumns;
    this.yearColumns = yearColumns;
    this.budgetYear = budgetYear;
    this.description =
        new BatchDescription(
            "omb",
            "us-omb-fy" + budgetYear,
            "US OMB Public Budget Database, FY"
                + budgetYear
                + " Budget: "
                + table.measure().labelEn(),
            Optional.of("US"),
            "USD",
            THOUSAND_DOLLARS,
            "Office of Management and Budget, Public Budget Database, FY"
                + budgetYear
                + " ("
                + file.getFileName()
                + ")",
            "Public domain (US Government work); CC0 1.0",
            table.levels(),
            table.hierarchies(),
            List.of(table.measure(), table.transitionQuarter()));
  }

  static OmbBatch open(Path file) {
    try (CsvTable csv = CsvTable.open(file)) {
      List<String> header = csv.header();
      OmbTable table =
          OmbTable.fromHeader(header)
              .orElseThrow(
                  () ->
                      new InputException(
                          file,
                          1,
                          1,
                          "an OMB header starting with 'Agency Code' or 'Source Category Code'",
                          InputException.quote(header.get(0))));
      int[] levelColumns = new int[table.columns().size()];
      boolean[] used = new boolean[header.size()];
      for (int c = 0; c < levelColumns.length; c++) {
        OmbTable.Column column = table.columns().get(c);
        int index = -1;
        for (int i = 0; i < header.size(); i++) {
          if (column.matches(header.get(i))) {
            index = i;
            break;
          }
        }
        if (index < 0) {
          throw new InputException(
              file, 1, 0, "a column named '" + column.header() + "'", "a header without it");
        }
        levelColumns[c] = index;
        used[index] = true;
      }
      int lastYear = 0;
      for (int i = 0; i < header.size(); i++) {
        if (!used[i] && header.get(i).matches("\\d{4}")) {
          lastYear = Math.max(lastYear, Integer.parseInt(header.get(i)));
        }
      }
      if (lastYear == 0) {
        throw new InputException(file, 1, 0, "year columns such as 2015", "none");
      }
      FiscalYear budgetYear = FiscalYear.of(lastYear - OUT_YEARS);
      List<YearColumn> years = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        if (used[i]) {
          continue;
        }
        String h = header.get(i);
        if (h.equals("TQ")) {
          years.add(
              new YearColumn(i, FiscalYear.of(1976), Stage.EXECUTED, table.transitionQuarter()));
        } else if (h.matches("\\d{4}")) {
          FiscalYear year = FiscalYear.of(Integer.parseInt(h));
          years.add(new YearColumn(i, year, stage(year, budgetYear), table.measure()));
        } else {
          throw new InputException(
              file, 1, i + 1, "a year column such as 2015, or TQ", InputException.quote(h));
        }
      }
      return new OmbBatch(file, table, levelColumns, List.copyOf(years), budgetYear);
    }
  }

  private static Stage stage(FiscalYear year, FiscalYear budgetYear) {
    if (year.compareTo(budgetYear.previous()) < 0) {
      return Stage.EXECUTED;
    }
    return year.equals(budgetYear.previous()) ? Stage.ENACTED : Stage.PROPOSAL;
  }

  @Override
  public BatchDescription description() {
    return description;
  }

  @Override
  public void forEach(FactSink sink) {
    try (CsvTable csv = CsvTable.open(file)) {
      csv.forEachRow(
          row -> {
            List<Optional<String>> members = new ArrayList<>(levelColumns.length);
            for (int index : levelColumns) {
              String value = row.field(index);
              members.add(value.isEmpty() ? Optional.empty() : Optional.of(value));
            }
            for (YearColumn column : yearColumns) {
              BigDecimal amount = row.amount(column.index(), UNIT_LABEL);
              if (amount.signum() != 0) {
                sink.accept(
                    new Fact(
                        members,
                        column.year(),
                        column.stage(),
                        column.measure().id(),
                        budgetYear,
                        THOUSAND_DOLLARS.toBase(amount),
                        row.line()));
              }
            }
          });
    }
  }

  /** Which of the three tables this is. */
  OmbTable table() {
    return table;
  }
}
