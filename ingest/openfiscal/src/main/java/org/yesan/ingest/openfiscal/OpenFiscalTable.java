package org.yesan.ingest.openfiscal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yesan.ingest.AmountText;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.BulkCsv;
import org.yesan.ingest.FactSink;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.TextEncoding;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;

/**
 * A table whose header matched one of the Open Fiscal layouts (열린재정 {@code out_YYYY}, {@code
 * out_net_bud_YYYY}, {@code in_YYYY}, {@code in_net_bud_YYYY}, or the 2019 program {@code out.csv}
 * / {@code in.csv}), ready to turn its rows into facts; columns are found by name, in any order.
 *
 * <p>This is the entry point for other readers (such as spreadsheets) of the same tables: {@link
 * #recognise} or {@link #of} a header row, then {@link #read} the data rows.
 */
public final class OpenFiscalTable {

  private static final String ANY_LAYOUT =
      "a header of a 열린재정 export (out_YYYY, out_net_bud_YYYY, in_YYYY, in_net_bud_YYYY) or of the"
          + " 2019 program budget (out.csv, in.csv)";

  private final Path file;
  private final long headerLine;
  private final int headerSize;
  private final OpenFiscalLayout layout;
  private final List<Integer> positions;

  private OpenFiscalTable(
      Path file,
      long headerLine,
      int headerSize,
      OpenFiscalLayout layout,
      List<Integer> positions) {
    this.file = file;
    this.headerLine = headerLine;
    this.headerSize = headerSize;
    this.layout = layout;
    this.positions = positions;
  }

  /** The table this header starts, if it is exactly one of the layouts (column order is free). */
  public static Optional<OpenFiscalTable> recognise(
      Path file, long headerLine, List<String> header) {
    for (OpenFiscalLayout l : OpenFiscalLayouts.ALL) {
      var fit = l.fit(header);
      if (fit.positions().isPresent()) {
        return Optional.of(
            new OpenFiscalTable(file, headerLine, header.size(), l, fit.positions().get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The table this header starts.
   *
   * @throws InputException naming the first unexpected or missing column of the closest layout
   */
  public static OpenFiscalTable of(Path file, long headerLine, List<String> header) {
    Optional<OpenFiscalTable> exact = recognise(file, headerLine, header);
    if (exact.isPresent()) {
      return exact.get();
    }
    OpenFiscalLayout.Fit best = closest(header).orElse(null);
    if (best == null) {
      throw new InputException(
          file, headerLine, 0, ANY_LAYOUT, InputException.quote(String.join(",", header)));
    }
    OpenFiscalLayout.Problem p = best.problem().orElseThrow();
    throw new InputException(file, headerLine, p.column(), p.expected(), p.found());
  }

  /** The layout that recognises at least half of its columns in the header, if any. */
  static Optional<OpenFiscalLayout.Fit> closest(List<String> header) {
    return OpenFiscalLayouts.ALL.stream()
        .map(l -> l.fit(header))
        .filter(f -> f.recognised() * 2 >= f.layout().columns().size())
        .max(Comparator.comparingInt(OpenFiscalLayout.Fit::recognised));
  }

  /** The layout's id: out, out_net_bud, in, in_net_bud, program_2019_out or program_2019_in. */
  public String layoutId() {
    return layout.id();
  }

  /** Dataset, unit, provenance, levels and measure of this table. */
  public BatchDescription description() {
    return layout.description();
  }

  /**
   * This table as a {@link BulkCsv} of its file, for the layouts whose facts follow field by field
   * from the rows (the 열린재정 exports); empty for layouts with subtotal, change or direction checks,
   * members with other absent markers than an empty cell, or a fixed year.
   */
  public Optional<BulkCsv> bulkCsv(TextEncoding.Detected encoding, ImportOptions options) {
    if (layout.fixedYear().isPresent()) {
      return Optional.empty();
    }
    int yearField = -1;
    List<BulkCsv.Member> members = new ArrayList<>();
    List<BulkCsv.Amount> amounts = new ArrayList<>();
    for (int c = 0; c < layout.columns().size(); c++) {
      Column column = layout.columns().get(c);
      int field = positions.get(c);
      if (column instanceof Column.Year) {
        yearField = field;
      } else if (column instanceof Column.Member m) {
        if (!m.absentMarkers().isEmpty() && !m.absentMarkers().equals(java.util.Set.of(""))) {
          return Optional.empty();
        }
        members.add(new BulkCsv.Member(field, m.absentMarkers().isEmpty()));
      } else if (column instanceof Column.Amount a) {
        amounts.add(
            new BulkCsv.Amount(
                field, a.yearOffset(), a.stage().stage(options.supplementaryRound())));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(
        new BulkCsv(
            file,
            encoding,
            headerSize,
            yearField,
            members,
            amounts,
            layout.measure().id(),
            layout.unit().factor()));
  }

  /**
   * Checks and streams the facts of every row in one pass: one fact per row and stage column,
   * leaving out stage columns that are zero on every row (the stage did not happen in this file).
   * Subtotal and change columns are checked, never emitted.
   *
   * <p>A stage column is emitted from the first row that proves it holds figures; should that row
   * not be the first, the zero amounts of the rows before it are emitted by a second walk of just
   * those rows. A failed check may come after facts were emitted: the store discards an import that
   * throws, so nothing partial lands.
   *
   * @throws InputException at the first bad row or failed check
   */
  public void read(TableRows rows, ImportOptions options, FactSink sink) {
    Check check = new Check();
    int n = layout.columns().size();
    long[] firstFigure = new long[n];
    java.util.Arrays.fill(firstFigure, -1);
    long[] index = {0};
    List<Integer> live = new ArrayList<>();
    rows.forEach(
        row -> {
          ParsedRow parsed = check.accept(row);
          long i = index[0]++;
          for (int c = 0; c < n; c++) {
            if (check.nonZero[c] && firstFigure[c] < 0) {
              firstFigure[c] = i;
              live.add(c);
            }
          }
          if (!live.isEmpty()) {
            emit(row, parsed, live, options, sink);
          }
        });
    check.finish();
    List<Integer> late = new ArrayList<>();
    long until = 0;
    for (int c = 0; c < n; c++) {
      if (firstFigure[c] > 0) {
        late.add(c);
        until = Math.max(until, firstFigure[c]);
      }
    }
    if (!late.isEmpty()) {
      emitLeadingZeros(rows, late, firstFigure, until, options, sink);
    }
  }

  /** Thrown to end a walk early; never escapes {@link #emitLeadingZeros}. */
  private static final class WalkDone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WalkDone() {
      super(null, null, false, false);
    }
  }

  private void emitLeadingZeros(
      TableRows rows,
      List<Integer> late,
      long[] firstFigure,
      long until,
      ImportOptions options,
      FactSink sink) {
    long[] index = {0};
    try {
      rows.forEach(
          row -> {
            long i = index[0]++;
            if (i >= until) {
              throw new WalkDone();
            }
            List<Integer> columns = new ArrayList<>();
            for (int c : late) {
              if (i < firstFigure[c]) {
                columns.add(c);
              }
            }
            // These rows passed every check on the first walk; a fresh check only reads them.
            emit(row, new Check().accept(row), columns, options, sink);
          });
    } catch (WalkDone done) {
      // Every row before the last late column's first figure has been emitted.
    }
  }

  /**
   * A row's year, members (in level order) and amounts (by column; null elsewhere), parsed once.
   */
  private record ParsedRow(FiscalYear year, List<Optional<String>> members, BigDecimal[] amounts) {}

  private void emit(
      TableRow row,
      ParsedRow parsed,
      List<Integer> amountColumns,
      ImportOptions options,
      FactSink sink) {
    FiscalYear year = parsed.year();
    for (int c : amountColumns) {
      Column.Amount a = (Column.Amount) layout.columns().get(c);
      sink.accept(
          new Fact(
              parsed.members(),
              FiscalYear.of(year.value() + a.yearOffset()),
              a.stage().stage(options.supplementaryRound()),
              layout.measure().id(),
              year,
              layout.unit().toBase(parsed.amounts()[c]),
              row.line()));
    }
  }

  private List<String> fields(TableRow row) {
    List<String> fields = row.fields();
    int n = fields.size();
    if (n != headerSize) {
      boolean tooMany = n > headerSize;
      throw row.error(
          tooMany ? headerSize : n - 1,
          headerSize + " fields as in the header",
          n + " field" + (n == 1 ? "" : "s"));
    }
    return fields;
  }

  private String cell(List<String> fields, int column) {
    return fields.get(positions.get(column)).strip();
  }

  private InputException error(TableRow row, int column, String expected, String found) {
    return row.error(positions.get(column), expected, found);
  }

  private FiscalYear lastYear;
  private String lastYearText;

  private static final java.util.regex.Pattern FOUR_DIGITS =
      java.util.regex.Pattern.compile("\\d{4}");

  private FiscalYear year(TableRow row, List<String> fields) {
    if (layout.fixedYear().isPresent()) {
      return layout.fixedYear().get();
    }
    int c = yearColumn();
    String text = cell(fields, c);
    // Every row of a file names the same year: parse it once.
    FiscalYear seen = lastYear;
    if (seen != null && text.equals(lastYearText)) {
      return seen;
    }
    if (!FOUR_DIGITS.matcher(text).matches()) {
      throw error(row, c, "a fiscal year such as 2018 in 회계연도", found(text));
    }
    try {
      FiscalYear year = FiscalYear.parse(text);
      lastYear = year;
      lastYearText = text;
      return year;
    } catch (IllegalArgumentException e) {
      throw error(row, c, "a fiscal year such as 2018 in 회계연도", found(text));
    }
  }

  private int yearColumn() {
    for (int c = 0; c < layout.columns().size(); c++) {
      if (layout.columns().get(c) instanceof Column.Year) {
        return c;
      }
    }
    throw new IllegalStateException("layout " + layout.id() + " has no 회계연도 column");
  }

  private Optional<String> member(TableRow row, List<String> fields, int c, Column.Member m) {
    String text = cell(fields, c);
    if (m.absentMarkers().contains(text)) {
      return Optional.empty();
    }
    if (text.isEmpty()) {
      throw error(row, c, "a name in " + m.canonicalName(), "an empty field");
    }
    return Optional.of(text);
  }

  /** The cell as an exact whole number in the source unit. */
  private BigDecimal wholeAmount(TableRow row, List<String> fields, int c) {
    String text = cell(fields, c);
    Optional<BigDecimal> value = AmountText.parse(text);
    if (value.isEmpty() && AmountText.tooLong(text)) {
      throw error(
          row,
          c,
          "a whole number of at most "
              + AmountText.MAX_DIGITS
              + " digits of "
              + layout.unit().label()
              + " in "
              + layout.columns().get(c).canonicalName(),
          found(text));
    }
    // Most cells are plain integers of scale 0: no stripping, no copy.
    if (value.isEmpty()
        || value.get().scale() > 0 && value.get().stripTrailingZeros().scale() > 0) {
      throw error(
          row,
          c,
          "a whole number of "
              + layout.unit().label()
              + " in "
              + layout.columns().get(c).canonicalName(),
          found(text));
    }
    return value.get().scale() == 0 ? value.get() : value.get().setScale(0);
  }

  private static String found(String text) {
    return text.isEmpty() ? "an empty field" : InputException.quote(text);
  }

  private int columnNamed(String canonicalName) {
    for (int c = 0; c < layout.columns().size(); c++) {
      if (layout.columns().get(c).canonicalName().equals(canonicalName)) {
        return c;
      }
    }
    throw new IllegalStateException("layout " + layout.id() + " has no column " + canonicalName);
  }

  /** The first pass: every cell parsed, every check made, and which stage columns hold figures. */
  private final class Check {
    final boolean[] nonZero = new boolean[layout.columns().size()];
    final List<SubtotalCheck> subtotals = new ArrayList<>();
    Optional<FiscalYear> firstYear = Optional.empty();
    long firstYearLine;
    long rows;

    Check() {
      for (int c = 0; c < layout.columns().size(); c++) {
        if (layout.columns().get(c) instanceof Column.Subtotal s) {
          subtotals.add(new SubtotalCheck(c, s));
        }
      }
    }

    /** Checks a row and returns what it parsed, so that emitting need not parse it again. */
    ParsedRow accept(TableRow row) {
      rows++;
      List<String> fields = fields(row);
      FiscalYear year = year(row, fields);
      if (firstYear.isEmpty()) {
        firstYear = Optional.of(year);
        firstYearLine = row.line();
      } else if (!firstYear.get().equals(year)) {
        throw error(
            row,
            yearColumn(),
            "회계연도 " + firstYear.get() + " as on line " + firstYearLine,
            InputException.quote(year.toString()));
      }
      List<Optional<String>> members = new ArrayList<>();
      BigDecimal[] amounts = new BigDecimal[layout.columns().size()];
      for (int c = 0; c < layout.columns().size(); c++) {
        Column column = layout.columns().get(c);
        if (column instanceof Column.Member m) {
          members.add(member(row, fields, c, m));
        } else if (column instanceof Column.Amount) {
          amounts[c] = wholeAmount(row, fields, c);
          nonZero[c] |= amounts[c].signum() != 0;
        } else if (column instanceof Column.Direction d) {
          String text = cell(fields, c);
          if (!text.equals(d.required())) {
            throw error(row, c, "'" + d.required() + "' in " + d.canonicalName(), found(text));
          }
        } else if (column instanceof Column.Change ch) {
          checkChange(row, fields, c, ch);
        }
      }
      for (SubtotalCheck s : subtotals) {
        s.accept(row, fields);
      }
      return new ParsedRow(year, members, amounts);
    }

    void checkChange(TableRow row, List<String> fields, int c, Column.Change ch) {
      BigDecimal from = wholeAmount(row, fields, columnNamed(ch.from()));
      BigDecimal to = wholeAmount(row, fields, columnNamed(ch.to()));
      BigDecimal expected = to.subtract(from);
      if (wholeAmount(row, fields, c).compareTo(expected) != 0) {
        throw error(
            row,
            c,
            ch.canonicalName()
                + " = "
                + ch.to()
                + " − "
                + ch.from()
                + " = "
                + expected.toPlainString(),
            found(cell(fields, c)));
      }
    }

    void finish() {
      for (SubtotalCheck s : subtotals) {
        s.close();
      }
      if (rows == 0) {
        throw new InputException(
            file, headerLine + 1, 0, "at least one data row after the header", "none");
      }
    }
  }

  /**
   * Checks one subtotal column: a filled cell opens a group that runs over the following rows with
   * the same group cells until the next filled cell; the cell must equal the group's sum.
   */
  private final class SubtotalCheck {
    private final int column;
    private final Column.Subtotal subtotal;
    private final List<Integer> keyColumns;
    private final int summed;
    private List<String> previousKey = List.of();
    private Optional<Group> open = Optional.empty();

    private final class Group {
      final TableRow row;
      final BigDecimal stated;
      final long firstLine;
      long lastLine;
      BigDecimal sum = BigDecimal.ZERO;

      Group(TableRow row, BigDecimal stated) {
        this.row = row;
        this.stated = stated;
        this.firstLine = row.line();
      }
    }

    SubtotalCheck(int column, Column.Subtotal subtotal) {
      this.column = column;
      this.subtotal = subtotal;
      this.keyColumns = subtotal.groupBy().stream().map(OpenFiscalTable.this::columnNamed).toList();
      this.summed = columnNamed(subtotal.summed());
    }

    void accept(TableRow row, List<String> fields) {
      List<String> key = keyColumns.stream().map(c -> cell(fields, c)).toList();
      boolean filled = !cell(fields, column).isEmpty();
      if (filled || !key.equals(previousKey)) {
        close();
      }
      if (filled) {
        open = Optional.of(new Group(row, wholeAmount(row, fields, column)));
      }
      if (open.isPresent()) {
        Group g = open.get();
        g.sum = g.sum.add(wholeAmount(row, fields, summed));
        g.lastLine = row.line();
      }
      previousKey = key;
    }

    void close() {
      if (open.isEmpty()) {
        return;
      }
      Group g = open.get();
      open = Optional.empty();
      if (g.sum.compareTo(g.stated) != 0) {
        throw error(
            g.row,
            column,
            subtotal.canonicalName()
                + " = sum of "
                + subtotal.summed()
                + " on lines "
                + g.firstLine
                + " to "
                + g.lastLine
                + " = "
                + g.sum.toPlainString(),
            InputException.quote(g.stated.toPlainString()));
      }
    }
  }
}
