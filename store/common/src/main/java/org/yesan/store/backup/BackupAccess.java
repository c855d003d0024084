package org.yesan.store.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What a store lends a backup or a restore: connections in the right kind of transaction, and the
 * few statements whose spelling differs between DuckDB and PostgreSQL.
 */
public interface BackupAccess {

  /** Work on a connection that may throw {@link SQLException}. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** The kind of store, as a backup's manifest names it: {@code duckdb} or {@code postgresql}. */
  String kind();

  /** The version of the store's layout, as its own migrations count it. */
  String schemaVersion();

  /** Where the store is, as messages name it. */
  String location();

  /** Runs {@code work} in one read-only transaction, so every table is read in one state. */
  <T> T inSnapshot(SqlWork<T> work);

  /**
   * Runs {@code work} in one transaction, committed when it returns and rolled back if it throws.
   */
  <T> T inTransaction(SqlWork<T> work);

  /** Tables of the store's own version bookkeeping, which a backup leaves out. */
  List<String> versionTables();

  /**
   * The statements that make a dataset's table ({@code facts_N} or {@code lines_N}) with the given
   * columns, as an import of this store would make it.
   */
  List<String> createDatasetTable(String table, List<String> columns);

  /** How the store keeps its dataset tables; as the tables themselves unless it says otherwise. */
  default FactTableStorage factTables() {
    return FactTableStorage.PLAIN;
  }

  /** Moves one of the store's sequences so that the next value drawn is at least {@code next}. */
  void restartIds(Connection connection, String sequence, long next) throws SQLException;
}
