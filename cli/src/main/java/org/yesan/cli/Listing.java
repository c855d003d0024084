package org.yesan.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.CsvTableWriter;
import org.yesan.app.table.ExportFormat;
import org.yesan.app.table.JsonTableWriter;
import org.yesan.app.table.Reading;
import org.yesan.app.table.ResultTable;
import org.yesan.app.table.TableFile;

/**
 * A result to print: named, typed columns and rows, rendered as an aligned table (Korean text
 * counted double width), CSV, or JSON with exact decimal strings for amounts.
 */
final class Listing {

  /** How a column's values are printed and aligned. */
  enum Kind {
    TEXT,
    /** An exact amount in the currency's base unit; a JSON string, never a number. */
    AMOUNT,
    /** A ready-made reading of an amount, such as 368.6조원. */
    READABLE,
    PERCENT,
    COUNT
  }

  record Column(String name, Kind kind) {}

  private final List<Column> columns = new ArrayList<>();
  private final List<List<Object>> rows = new ArrayList<>();
  private Optional<ResultTable> source = Optional.empty();

  /**
   * A use case's table as printed: readings in both languages show the {@code lang} side in the
   * terminal's table, and stay pairs in JSON and files.
   */
  static Listing of(ResultTable table, Amounts.Lang lang) {
    Listing l = new Listing();
    Reading.Language language = lang == Amounts.Lang.KO ? Reading.Language.KO : Reading.Language.EN;
    for (org.yesan.app.table.Column c : table.columns()) {
      l.column(c.name(), shown(c.kind()));
    }
    for (List<Optional<Object>> r : table.rows()) {
      Object[] cells = new Object[r.size()];
      for (int i = 0; i < r.size(); i++) {
        Object v = r.get(i).orElse(null);
        cells[i] = v instanceof Reading reading ? reading.in(language) : v;
      }
      l.row(cells);
    }
    l.source = Optional.of(table);
    return l;
  }

  private static Kind shown(org.yesan.app.table.Column.Kind kind) {
    return switch (kind) {
      case TEXT, YEAR -> Kind.TEXT;
      case AMOUNT -> Kind.AMOUNT;
      case READABLE, READINGS -> Kind.READABLE;
      case PERCENT -> Kind.PERCENT;
      case COUNT -> Kind.COUNT;
    };
  }

  Listing column(String name, Kind kind) {
    if (source.isPresent()) {
      throw new IllegalStateException("a use case's table has its columns already");
    }
    columns.add(new Column(name, kind));
    return this;
  }

  Listing row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + values.length + " values for " + columns.size() + " columns");
    }
    rows.add(java.util.Arrays.asList(values));
    return this;
  }

  List<Column> columns() {
    return columns;
  }

  List<List<Object>> rows() {
    return rows;
  }

  void print(OutputFormat format, PrintWriter out) {
    switch (format) {
      case TABLE -> printTable(out);
      case CSV -> printCsv(out);
      case JSON -> printJson(out);
    }
    out.flush();
  }

  static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return v.toString();
  }

  static String grouped(BigDecimal b) {
    String plain = b.toPlainString();
    boolean neg = plain.startsWith("-");
    String digits = neg ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String frac = dot < 0 ? "" : digits.substring(dot);
    StringBuilder b2 = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b2.append(',');
      }
      b2.append(whole.charAt(i));
    }
    return (neg ? "-" : "") + b2 + frac;
  }

  private void printTable(PrintWriter out) {
    int n = columns.size();
    List<String[]> cells = new ArrayList<>();
    String[] head = new String[n];
    for (int i = 0; i < n; i++) {
      head[i] = columns.get(i).name();
    }
    for (List<Object> r : rows) {
      String[] c = new String[n];
      for (int i = 0; i < n; i++) {
        Object v = r.get(i);
        Kind k = columns.get(i).kind();
        // a missing figure reads "—" in every column, so that it is never taken for 0
        c[i] = k == Kind.AMOUNT && v instanceof BigDecimal b ? grouped(b) : text(v);
        if (c[i].isEmpty()) {
          c[i] = "—";
        }
      }
      cells.add(c);
    }
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = DisplayWidth.of(head[i]);
      for (String[] c : cells) {
        width[i] = Math.max(width[i], DisplayWidth.of(c[i]));
      }
    }
    out.println(line(head, width, true));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        rule.append("  ");
      }
      rule.append("-".repeat(width[i]));
    }
    out.println(rule);
    for (String[] c : cells) {
      out.println(line(c, width, false));
    }
  }

  private String line(String[] c, int[] width, boolean header) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < c.length; i++) {
      if (i > 0) {
        b.append("  ");
      }
      boolean right = !header && columns.get(i).kind() != Kind.TEXT;
      int pad = width[i] - DisplayWidth.of(c[i]);
      if (right) {
        b.append(" ".repeat(pad)).append(c[i]);
      } else {
        b.append(c[i]);
        if (i < c.length - 1) {
          b.append(" ".repeat(pad));
        }
      }
    }
    return b.toString().stripTrailing();
  }

  private void printCsv(PrintWriter out) {
    try {
      ResultTable t = table();
      t.writeTo(CsvTableWriter.plain(t.columns(), out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void printJson(PrintWriter out) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ResultTable t = table();
      t.writeTo(new JsonTableWriter(t.columns(), bytes, true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print(bytes.toString(StandardCharsets.UTF_8));
  }

  /** The rows as the shared table model, which every export format writes. */
  ResultTable table() {
    if (source.isPresent()) {
      return source.get();
    }
    List<org.yesan.app.table.Column> cols = new ArrayList<>();
    for (Column c : columns) {
      cols.add(new org.yesan.app.table.Column(c.name(), kindOf(c)));
    }
    ResultTable t = new ResultTable(cols);
    rows.forEach(t::row);
    return t;
  }

  private static org.yesan.app.table.Column.Kind kindOf(Column c) {
    if (c.name().equals("fiscal_year") || c.name().equals("reported_in")) {
      return org.yesan.app.table.Column.Kind.YEAR;
    }
    return switch (c.kind()) {
      case TEXT -> org.yesan.app.table.Column.Kind.TEXT;
      case AMOUNT -> org.yesan.app.table.Column.Kind.AMOUNT;
      case READABLE -> org.yesan.app.table.Column.Kind.READABLE;
      case PERCENT -> org.yesan.app.table.Column.Kind.PERCENT;
      case COUNT -> org.yesan.app.table.Column.Kind.COUNT;
    };
  }

  /**
   * Prints as the options say: to {@code --output FILE} in the format its extension names, else to
   * {@code out} in {@code --format}.
   */
  void print(ListingOptions options, PrintWriter out) {
    if (options.output.isEmpty()) {
      print(options.format, out);
      return;
    }
    Path file = options.output.get();
    ExportFormat f = TableFile.write(table(), file);
    out.println("wrote " + rows.size() + " rows to " + file + " (" + f.extension() + ")");
    out.flush();
  }
}
