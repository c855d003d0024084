package org.yesan.store.duckdb;

import java.math.BigDecimal;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends one file's fact rows to a dataset's rows table with DuckDB's Appender, widening a narrow
 * table (see {@link FactLayout}) before the first amount it cannot hold.
 */
final class FactRowAppender implements AutoCloseable {

  private final DuckDBConnection connection;
  private final int datasetId;
  private boolean narrow;
  private DuckDBAppender appender;

  FactRowAppender(DuckDBConnection connection, int datasetId, boolean narrow) throws SQLException {
    this.connection = connection;
    this.datasetId = datasetId;
    this.narrow = narrow;
    this.appender = connection.createAppender("main", FactLayout.rowTable(datasetId));
  }

  /** Appends one row; {@code amount} is at scale 2. */
  void append(int sliceId, long sourceLine, int lineId, BigDecimal amount) throws SQLException {
    if (narrow && !FactLayout.fitsNarrow(amount)) {
      // The rows appended so far go into the table first, so that the widening converts them too.
      appender.close();
      FactLayout.widen(connection, datasetId);
      narrow = false;
      appender = connection.createAppender("main", FactLayout.rowTable(datasetId));
    }
    appender.beginRow();
    appender.append(sliceId);
    appender.append(sourceLine);
    appender.append(lineId);
    appender.append(amount);
    appender.endRow();
  }

  /** Whether the table is still narrow after the rows appended so far. */
  boolean narrow() {
    return narrow;
  }

  @Override
  public void close() throws SQLException {
    appender.close();
  }
}
