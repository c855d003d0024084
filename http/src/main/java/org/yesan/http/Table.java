package org.yesan.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.ExportFormat;
import org.yesan.app.table.ResultTable;

/**
 * A listing's rows under named columns, as an endpoint builds them, for CSV, XLSX and Parquet: an
 * absent cell is missing in every format. A column's kind follows its cells: all exact decimals
 * make an amount (a percentage when the name ends in {@code _pct}), all whole numbers a count
 * ({@code fiscal_year} and {@code reported_in} are years, also as four-digit text), anything else
 * text.
 */
public final class Table {

  private final List<String> columns;
  private final List<List<Optional<Object>>> rows = new ArrayList<>();
  private final Optional<ResultTable> typed;

  public Table(List<String> columns) {
    this.columns = List.copyOf(columns);
    this.typed = Optional.empty();
  }

  private Table(ResultTable typed) {
    this.columns = typed.columns().stream().map(Column::name).toList();
    this.typed = Optional.of(typed);
  }

  /** A use case's table, whose columns already have their kinds. */
  public static Table of(ResultTable typed) {
    return new Table(typed);
  }

  public Table(String... columns) {
    this(Arrays.asList(columns));
  }

  public List<String> columns() {
    return columns;
  }

  /** Adds a row; {@code null} or an empty Optional marks an absent cell. */
  public Table row(List<?> cells) {
    if (typed.isPresent()) {
      throw new IllegalStateException("a use case's table has its rows already");
    }
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells for " + columns.size() + " columns");
    }
    List<Optional<Object>> row = new ArrayList<>(cells.size());
    for (Object c : cells) {
      Object v = c instanceof Optional<?> o ? o.orElse(null) : c;
      row.add(Optional.ofNullable(v));
    }
    rows.add(row);
    return this;
  }

  public int size() {
    return typed.map(ResultTable::size).orElse(rows.size());
  }

  /** The rows in the shared table model, with each column's kind taken from its cells. */
  public ResultTable result() {
    if (typed.isPresent()) {
      return typed.get();
    }
    List<Column> typed = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      typed.add(new Column(columns.get(i), kind(i)));
    }
    ResultTable t = new ResultTable(typed);
    for (List<Optional<Object>> r : rows) {
      List<Object> cells = new ArrayList<>(r.size());
      for (int i = 0; i < r.size(); i++) {
        Optional<Object> v = r.get(i);
        cells.add(
            typed.get(i).kind() == Column.Kind.TEXT
                ? v.map(Table::text).orElse(null)
                : v.orElse(null));
      }
      t.row(cells);
    }
    return t;
  }

  private static String text(Object v) {
    return v instanceof BigDecimal b ? b.toPlainString() : v.toString();
  }

  private Column.Kind kind(int column) {
    String name = columns.get(column);
    boolean year = name.equals("fiscal_year") || name.equals("reported_in");
    boolean decimals = true;
    boolean wholes = true;
    boolean any = false;
    for (List<Optional<Object>> r : rows) {
      Optional<Object> v = r.get(column);
      if (v.isEmpty()) {
        continue;
      }
      any = true;
      decimals &= v.get() instanceof BigDecimal;
      // a year drilled down to arrives as the member text, "2026"
      wholes &=
          v.get() instanceof Long
              || v.get() instanceof Integer
              || (year && v.get() instanceof String t && t.matches("\\d{4}"));
    }
    if (any && decimals) {
      return name.endsWith("_pct") ? Column.Kind.PERCENT : Column.Kind.AMOUNT;
    }
    if (any && wholes) {
      return year ? Column.Kind.YEAR : Column.Kind.COUNT;
    }
    return Column.Kind.TEXT;
  }

  /** The CSV bytes: a BOM, the header, then one CRLF-terminated line per row. */
  public byte[] csv() {
    return bytes(ExportFormat.CSV);
  }

  /** The whole table in {@code format}. */
  public byte[] bytes(ExportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ResultTable t = result();
      t.writeTo(format.writer(t.columns(), out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
