package org.yesan.app.table;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A result as rows under typed {@link Column}s: what every listing of the CLI and the API hands to
 * a {@link TableWriter}, so each format is written in one place for all of them.
 */
public final class ResultTable {

  private final List<Column> columns;
  private final List<List<Optional<Object>>> rows = new ArrayList<>();

  public ResultTable(List<Column> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    this.columns = List.copyOf(columns);
  }

  public ResultTable(Column... columns) {
    this(Arrays.asList(columns));
  }

  public List<Column> columns() {
    return columns;
  }

  /** The rows, each cell present or missing. */
  public List<List<Optional<Object>>> rows() {
    return List.copyOf(rows);
  }

  public int size() {
    return rows.size();
  }

  /**
   * Adds a row; {@code null} or an empty Optional marks a missing cell. Each present cell must fit
   * its column's kind, so no format has to guess.
   */
  public ResultTable row(List<?> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells for " + columns.size() + " columns");
    }
    List<Optional<Object>> row = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      row.add(cell(columns.get(i), cells.get(i)));
    }
    rows.add(row);
    return this;
  }

  public ResultTable row(Object... cells) {
    return row(Arrays.asList(cells));
  }

  private static Optional<Object> cell(Column c, Object v) {
    Object value = v instanceof Optional<?> o ? o.orElse(null) : v;
    if (value == null) {
      return Optional.empty();
    }
    Object typed =
        switch (c.kind()) {
          case TEXT, READABLE -> value.toString();
          case READINGS -> reading(c, value);
          case AMOUNT, PERCENT -> decimal(c, value);
          case COUNT -> whole(c, value);
          case YEAR -> Math.toIntExact(whole(c, value));
        };
    return Optional.of(typed);
  }

  private static Reading reading(Column c, Object v) {
    if (v instanceof Reading r) {
      return r;
    }
    throw new IllegalArgumentException(
        c.name() + ": expected a reading in both languages, found " + v);
  }

  private static BigDecimal decimal(Column c, Object v) {
    if (v instanceof BigDecimal b) {
      return b;
    }
    if (v instanceof Long || v instanceof Integer) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof String s) {
      try {
        return new BigDecimal(s.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(c.name() + ": expected an exact decimal, found " + v, e);
      }
    }
    throw new IllegalArgumentException(c.name() + ": expected an exact decimal, found " + v);
  }

  private static long whole(Column c, Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      return ((Number) v).longValue();
    }
    if (v instanceof String s && s.matches("-?\\d{1,18}")) {
      return Long.parseLong(s);
    }
    throw new IllegalArgumentException(c.name() + ": expected a whole number, found " + v);
  }

  /** Writes every row to {@code writer} and closes it. */
  public void writeTo(TableWriter writer) throws IOException {
    try (writer) {
      for (List<Optional<Object>> r : rows) {
        writer.row(r);
      }
    }
  }
}
