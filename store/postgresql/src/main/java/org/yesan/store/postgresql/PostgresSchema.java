package org.yesan.store.postgresql;

import org.yesan.store.sql.TableNames;

/**
 * The per-dataset tables of a PostgreSQL store, made by the import that creates the dataset; the
 * catalog they hang off is laid out by the Flyway migrations in {@code db/migration}.
 */
final class PostgresSchema {

  private PostgresSchema() {}

  // The index on slice_id serves both the replacement of a slice and the vintage rule of queries.
  static String createFactTable(int datasetId) {
    String table = TableNames.factTable(datasetId);
    return "CREATE TABLE "
        + table
        + " (slice_id INTEGER NOT NULL, source_id INTEGER NOT NULL, source_line BIGINT NOT NULL,"
        + " line_id INTEGER NOT NULL, measure VARCHAR NOT NULL, fiscal_year INTEGER NOT NULL,"
        + " stage VARCHAR NOT NULL, reported_in INTEGER NOT NULL, amount NUMERIC(38,2) NOT NULL);"
        + " CREATE INDEX "
        + table
        + "_slice ON "
        + table
        + " (slice_id)";
  }

  static String createLineTable(int datasetId) {
    return "CREATE TABLE " + TableNames.lineTable(datasetId) + " (line_id INTEGER PRIMARY KEY)";
  }
}
