package org.yesan.ingest.fdp;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.CsvDialect;
import org.yesan.ingest.CsvTable;
import org.yesan.ingest.FactSink;
import org.yesan.ingest.InputException;
import org.yesan.ingest.SourceBatch;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Level;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;

/**
 * The facts of a Fiscal Data Package: one per measure column and CSV row, in currency units.
 *
 * <p>Levels come from the {@code model} (v0.3; {@code mapping} before that) or, without one, from
 * the fields' {@code columnType} (v1.0; {@code osType} in older packages). A one-attribute
 * dimension is one level named after the dimension, plus a {@code _label} level when an attribute
 * is its {@code labelfor}; a dimension keyed on several attributes gives a level per key attribute
 * (and per label attribute) and a hierarchy in key order. Other attributes (colours, descriptions)
 * and datetime dimensions are not levels; a datetime dimension's {@code year} attribute gives the
 * fiscal year.
 *
 * <p>Measures that differ only by phase or year become one measure ({@code expenditure_as_reported}
 * or {@code revenue_as_reported}) at different stages and years, so that execution can be compared
 * with the budget. Phases map to stages as proposed → proposal, approved → enacted, adjusted →
 * final, executed → executed; an amount with neither phase nor year-named column is taken as
 * executed. Each measure's {@code factor} multiplies its amounts exactly; a descriptor's {@code
 * bytes} is not checked, because published samples (Moldova's BOOST fixture) are truncated copies.
 *
 * <p>Columns named after a fiscal year ({@code 2015-16}) are fiscal years named by the year they
 * end, as Australia does: 2015-16 is 2016. Without a phase, such columns are a budget's estimates:
 * the budget year is the package's {@code fiscalPeriod}, or else the second year column, as in
 * Australian Portfolio Budget Statements, which print one estimated actual and then the budget year
 * and three forward estimates. The budget year and later are the government's proposal, since the
 * statements are tabled with the appropriation bills, before Parliament passes them; the estimated
 * actual for the year before is recorded as enacted, like OMB's current-year estimate — the
 * appropriations already in force, not an audited outcome. Every fact of such a package is reported
 * in the budget year; otherwise in its own fiscal year.
 *
 * <p>The {@code au-budget} demo package declares no factor, yet the PBS tables it was cut from are
 * in $'000; it is read in thousands. Cells that are empty (Table Schema's missing value) or {@code
 * nfp} (Australia's "not for publication") give no fact; a lone {@code -} is the budget papers' nil
 * and gives a zero. Zeros are kept: in a line-item file a zero is a stated figure.
 */
final class FiscalDataPackageBatch implements SourceBatch {

  private final PackageDescriptor descriptor;
  private final SourceUnit unit;
  private final BatchDescription description;

  FiscalDataPackageBatch(PackageDescriptor descriptor) {
    this.descriptor = descriptor;
    List<BigDecimal> factors =
        descriptor.measureColumns().stream()
            .map(m -> m.factor().multiply(descriptor.unitFactor()))
            .distinct()
            .toList();
    // A batch has one unit; when measures declare different factors the unit is the currency
    // itself and each column's factor has already been applied.
    this.unit =
        SourceUnit.ofFactor(
            descriptor.currency(), factors.size() == 1 ? factors.get(0) : BigDecimal.ONE);
    this.description =
        new BatchDescription(
            "fdp",
            datasetName(descriptor.name()),
            descriptor.title(),
            descriptor.country(),
            descriptor.currency(),
            unit,
            descriptor.source(),
            descriptor.licence(),
            descriptor.levels().stream().map(PackageDescriptor.LevelColumn::level).toList(),
            descriptor.hierarchies(),
            descriptor.measures());
    for (Path resource : descriptor.resources()) {
      try (CsvTable csv = CsvTable.open(resource, descriptor.dialect(resource))) {
        Layout.of(descriptor, csv);
      }
    }
  }

  /** Lowercases a package name and keeps only letters, digits, '-' and '_'. */
  static String datasetName(String packageName) {
    String s =
        packageName
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_-]+", "-")
            .replaceAll("^[^a-z0-9]+|[-_]+$", "");
    s = s.isEmpty() ? "fdp" : s;
    return s.length() > 63 ? s.substring(0, 63) : s;
  }

  @Override
  public BatchDescription description() {
    return description;
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    for (Path resource : descriptor.resources()) {
      CsvDialect d = descriptor.dialect(resource);
      if (d.detected() && d.delimiter() != ',') {
        notes.add(resource + ": no dialect declared; read as " + d.describe());
      }
    }
    return notes;
  }

  @Override
  public void forEach(FactSink sink) {
    for (Path resource : descriptor.resources()) {
      try (CsvTable csv = CsvTable.open(resource, descriptor.dialect(resource))) {
        Layout layout = Layout.of(descriptor, csv);
        String unitLabel = descriptor.currency();
        csv.forEachRow(
            row -> {
              List<Optional<String>> members = new ArrayList<>(layout.levels().length);
              for (int index : layout.levels()) {
                String value = row.field(index);
                members.add(value.isEmpty() ? Optional.empty() : Optional.of(value));
              }
              Optional<FiscalYear> rowYear = Optional.empty();
              if (layout.year() >= 0) {
                String raw = row.field(layout.year());
                rowYear =
                    Optional.of(
                        PackageDescriptor.yearOf(raw)
                            .orElseThrow(
                                () ->
                                    row.error(
                                        layout.year(),
                                        "a fiscal year such as 2014 or 2015-16",
                                        InputException.quote(raw))));
              }
              for (int m = 0; m < layout.measures().length; m++) {
                PackageDescriptor.MeasureColumn column = descriptor.measureColumns().get(m);
                int index = layout.measures()[m];
                String raw = row.field(index);
                if (raw.isEmpty() || raw.equalsIgnoreCase("nfp")) {
                  continue;
                }
                BigDecimal amount =
                    raw.equals("-") ? BigDecimal.ZERO : row.amount(index, unitLabel);
                Optional<FiscalYear> fromRow = rowYear;
                FiscalYear year =
                    column.year().or(() -> fromRow).or(descriptor::fiscalPeriod).orElseThrow();
                sink.accept(
                    new Fact(
                        members,
                        year,
                        column.stage().orElse(Stage.EXECUTED),
                        column.measure(),
                        descriptor.budgetYear().orElse(year),
                        amount.multiply(column.factor()).multiply(descriptor.unitFactor()),
                        row.line()));
              }
            });
      }
    }
  }

  /** Where, in one resource's header, the level, year and measure columns are. */
  private record Layout(int[] levels, int year, int[] measures) {

    static Layout of(PackageDescriptor d, CsvTable csv) {
      int[] levels = new int[d.levels().size()];
      for (int i = 0; i < levels.length; i++) {
        levels[i] = require(csv, d.levels().get(i).column());
      }
      int year = d.yearColumn().map(c -> require(csv, c)).orElse(-1);
      int[] measures = new int[d.measureColumns().size()];
      for (int i = 0; i < measures.length; i++) {
        measures[i] = require(csv, d.measureColumns().get(i).column());
      }
      return new Layout(levels, year, measures);
    }

    private static int require(CsvTable csv, String column) {
      int index = csv.indexOf(column);
      if (index < 0) {
        throw new InputException(
            csv.file(),
            1,
            0,
            "a column named '" + column + "' as declared in datapackage.json",
            "a header without it");
      }
      return index;
    }
  }

  /** The levels, for tests and callers that want them by id. */
  List<Level> levels() {
    return description.levels();
  }
}
