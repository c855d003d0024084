package org.yesan.app.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rows as a Parquet file with typed columns, written by DuckDB: rows go to a table in a scratch
 * database on disk (so a whole dataset does not have to fit in memory), which is copied to Parquet
 * and sent when the writer closes. Amounts are DECIMAL(38,10): a cell with more decimals than that
 * is refused, never rounded.
 */
public final class ParquetTableWriter implements TableWriter {

  static final int SCALE = 10;

  private final List<Column> columns;
  private final OutputStream out;
  private final Path scratch;
  private final Connection connection;
  private final DuckDBAppender appender;

  public ParquetTableWriter(List<Column> columns, OutputStream out) throws IOException {
    this.columns = List.copyOf(columns);
    this.out = out;
    this.scratch = Files.createTempDirectory("yesan-parquet");
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:" + scratch.resolve("rows.duckdb"));
      try (Statement s = connection.createStatement()) {
        s.execute(
            "CREATE TABLE result ("
                + columns.stream()
                    .map(c -> "\"" + c.name() + "\" " + sqlType(c))
                    .collect(Collectors.joining(", "))
                + ")");
      }
      appender =
          connection
              .unwrap(DuckDBConnection.class)
              .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "result");
    } catch (SQLException e) {
      throw new IOException("cannot start a Parquet file: " + e.getMessage(), e);
    }
  }

  private static String sqlType(Column c) {
    return switch (c.kind()) {
      case TEXT, READABLE -> "VARCHAR";
      case READINGS -> throw new IllegalArgumentException(c.name() + ": split readings first");
      case AMOUNT, PERCENT -> "DECIMAL(38," + SCALE + ")";
      case COUNT -> "BIGINT";
      case YEAR -> "INTEGER";
    };
  }

  @Override
  public void row(List<Optional<Object>> cells) throws IOException {
    try {
      appender.beginRow();
      for (int i = 0; i < cells.size(); i++) {
        Optional<Object> v = cells.get(i);
        if (v.isEmpty()) {
          appender.appendNull();
          continue;
        }
        switch (columns.get(i).kind()) {
          case TEXT, READABLE, READINGS -> appender.append(v.get().toString());
          case AMOUNT, PERCENT -> appender.append(exact(columns.get(i), (BigDecimal) v.get()));
          case COUNT -> appender.append(((Number) v.get()).longValue());
          case YEAR -> appender.append(((Number) v.get()).intValue());
        }
      }
      appender.endRow();
    } catch (SQLException e) {
      throw new IOException("cannot add a row to the Parquet file: " + e.getMessage(), e);
    }
  }

  private static BigDecimal exact(Column c, BigDecimal v) {
    try {
      return v.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          c.name() + ": " + v.toPlainString() + " has more than " + SCALE + " decimals", e);
    }
  }

  @Override
  public void close() throws IOException {
    Path file = scratch.resolve("result.parquet");
    try {
      appender.close();
      try (Statement s = connection.createStatement()) {
        s.execute("COPY result TO '" + file + "' (FORMAT PARQUET)");
      }
      connection.close();
      Files.copy(file, out);
      out.flush();
    } catch (SQLException e) {
      throw new IOException("cannot write the Parquet file: " + e.getMessage(), e);
    } finally {
      deleteScratch();
    }
  }

  private void deleteScratch() {
    try (var files = Files.walk(scratch)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(ParquetTableWriter::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
