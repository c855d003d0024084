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
 * and sent when the writer closes. The spool is bounded: DuckDB's memory by {@link #MEMORY_LIMIT},
 * the scratch files on disk by {@code maxSpoolBytes} (checked every {@link #CHECK_EVERY} rows; past
 * it the export fails and the scratch is deleted). Amounts are DECIMAL(38,10): a cell with more
 * decimals than that is refused, never rounded.
 */
public final class ParquetTableWriter implements TableWriter {

  static final int SCALE = 10;

  /** DuckDB's memory for the spool: past it, DuckDB works from its files on disk. */
  static final String MEMORY_LIMIT = "256MB";

  /** How many rows go to the spool between two checks of its size. */
  static final int CHECK_EVERY = 50_000;

  /** The default bound of the scratch files: 8 GiB, far above any dataset Yesan has imported. */
  public static final long DEFAULT_MAX_SPOOL_BYTES = 8L << 30;

  private final long maxSpoolBytes;
  private long rows;

  private final List<Column> columns;
  private final OutputStream out;
  private final Path scratch;
  private final Connection connection;
  private final DuckDBAppender appender;

  public ParquetTableWriter(List<Column> columns, OutputStream out) throws IOException {
    this(columns, out, DEFAULT_MAX_SPOOL_BYTES);
  }

  /** A writer whose scratch files may grow to {@code maxSpoolBytes}. */
  public ParquetTableWriter(List<Column> columns, OutputStream out, long maxSpoolBytes)
      throws IOException {
    if (maxSpoolBytes <= 0) {
      throw new IllegalArgumentException(
          "the spool bound must be positive, found " + maxSpoolBytes);
    }
    this.columns = List.copyOf(columns);
    this.out = out;
    this.maxSpoolBytes = maxSpoolBytes;
    this.scratch = Files.createTempDirectory("yesan-parquet");
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:" + scratch.resolve("rows.duckdb"));
      try (Statement s = connection.createStatement()) {
        s.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
        // one thread: an export must not take the cores the server answers with
        s.execute("SET threads = 1");
        s.execute("SET temp_directory = '" + scratch.resolve("spill") + "'");
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
      if (++rows % CHECK_EVERY == 0) {
        appender.flush();
        long spooled = spooledBytes();
        if (spooled > maxSpoolBytes) {
          abandon();
          throw new IOException(
              "the Parquet file's spool passed "
                  + maxSpoolBytes
                  + " bytes after "
                  + rows
                  + " rows; export as CSV, which is written as it is read");
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot add a row to the Parquet file: " + e.getMessage(), e);
    }
  }

  /** The bytes of the scratch files so far. */
  long spooledBytes() throws IOException {
    try (var files = Files.walk(scratch)) {
      return files.filter(Files::isRegularFile).mapToLong(ParquetTableWriter::size).sum();
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      // a spill file DuckDB just removed holds nothing
      return 0;
    }
  }

  private boolean abandoned;

  /** Closes the spool without writing anything and deletes it. */
  private void abandon() {
    abandoned = true;
    try {
      appender.close();
      connection.close();
    } catch (SQLException e) {
      // the scratch is deleted below whatever DuckDB says on closing
    } finally {
      deleteScratch();
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
    if (abandoned) {
      return;
    }
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
