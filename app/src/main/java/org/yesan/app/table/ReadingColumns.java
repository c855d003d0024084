package org.yesan.app.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes each {@link Column.Kind#READINGS} column as two text columns, {@code NAME_ko} and {@code
 * NAME_en}, for the flat formats (CSV, XLSX, Parquet), which have no place for a pair.
 */
final class ReadingColumns implements TableWriter {

  private final List<Column> columns;
  private final TableWriter flat;

  private ReadingColumns(List<Column> columns, TableWriter flat) {
    this.columns = List.copyOf(columns);
    this.flat = flat;
  }

  /** The columns the flat format gets: each pair column split in two. */
  static List<Column> flattened(List<Column> columns) {
    List<Column> out = new ArrayList<>();
    for (Column c : columns) {
      if (c.kind() == Column.Kind.READINGS) {
        out.add(new Column(c.name() + "_ko", Column.Kind.READABLE));
        out.add(new Column(c.name() + "_en", Column.Kind.READABLE));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** {@code flat} itself when no column is a pair, else a writer that splits them into it. */
  static TableWriter around(List<Column> columns, TableWriter flat) {
    return columns.stream().anyMatch(c -> c.kind() == Column.Kind.READINGS)
        ? new ReadingColumns(columns, flat)
        : flat;
  }

  @Override
  public void row(List<Optional<Object>> cells) throws IOException {
    List<Optional<Object>> out = new ArrayList<>(cells.size() + 2);
    for (int i = 0; i < cells.size(); i++) {
      if (columns.get(i).kind() == Column.Kind.READINGS) {
        Optional<Reading> r = cells.get(i).map(Reading.class::cast);
        out.add(r.map(Reading::ko));
        out.add(r.map(Reading::en));
      } else {
        out.add(cells.get(i));
      }
    }
    flat.row(out);
  }

  @Override
  public void close() throws IOException {
    flat.close();
  }
}
