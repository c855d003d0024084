package org.yesan.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.store.backup.BackupException;
import org.yesan.store.backup.FactTableStorage;

/**
 * Backs up and restores the fact tables of {@link FactLayout}: a backup reads the nine columns of
 * the view, as a PostgreSQL store's table gives them; a restore stages them in a temporary table
 * and keeps the rows only when each fact's measure, year, stage, vintage and source are its
 * restored slice's, which is all the view can give back.
 */
final class NarrowFactTables implements FactTableStorage {

  private static final Pattern FACTS = Pattern.compile("facts_([0-9]+)");

  private static final String STAGE = "yesan_restore_facts";

  @Override
  public boolean behindView(String table) {
    return FactLayout.isRowTable(table);
  }

  @Override
  public List<String> drop(String table) {
    return factsOf(table)
        .map(id -> List.of("DROP VIEW " + table, "DROP TABLE " + FactLayout.rowTable(id)))
        .orElse(List.of("DROP TABLE " + table));
  }

  @Override
  public void checkBackedUp(Connection c, String table, long rows) throws SQLException {
    java.util.Optional<Integer> id = factsOf(table);
    if (id.isEmpty()) {
      return;
    }
    long kept = count(c, FactLayout.rowTable(id.get()));
    if (kept != rows) {
      throw new BackupException(
          "cannot back up "
              + table
              + ": the store keeps "
              + kept
              + " fact rows for it, of which only "
              + rows
              + " have their slice; run yesan validate, the store is damaged");
    }
  }

  @Override
  public String restoreTarget(Connection c, String table) throws SQLException {
    if (factsOf(table).isEmpty()) {
      return table;
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE "
              + STAGE
              + " (slice_id INTEGER NOT NULL, source_id INTEGER NOT NULL, source_line BIGINT NOT"
              + " NULL, line_id INTEGER NOT NULL, measure VARCHAR NOT NULL, fiscal_year INTEGER"
              + " NOT NULL, stage VARCHAR NOT NULL, reported_in INTEGER NOT NULL, amount"
              + " DECIMAL(38,2) NOT NULL)");
    }
    return STAGE;
  }

  @Override
  public void restored(Connection c, String table) throws SQLException {
    java.util.Optional<Integer> id = factsOf(table);
    if (id.isEmpty()) {
      return;
    }
    try (Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*), min(f.slice_id) FROM "
                  + STAGE
                  + " f LEFT JOIN slices s ON s.id = f.slice_id AND s.dataset_id = "
                  + id.get()
                  + " WHERE s.id IS NULL OR f.measure <> s.measure OR f.fiscal_year <>"
                  + " s.fiscal_year OR f.stage <> s.stage OR f.reported_in <> s.reported_in"
                  + " OR f.source_id <> s.source_id")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new BackupException(
              "cannot restore "
                  + table
                  + ": "
                  + rs.getLong(1)
                  + " of its facts (the first in slice "
                  + rs.getInt(2)
                  + ") have no slice in the backup or differ from their slice's measure, year,"
                  + " stage, vintage or source, which this store keeps once per slice");
        }
      }
      s.execute(
          "INSERT INTO "
              + FactLayout.rowTable(id.get())
              + " SELECT slice_id, source_line, line_id, amount FROM "
              + STAGE
              + " ORDER BY "
              + FactLayout.ROW_ORDER);
      s.execute("DROP TABLE " + STAGE);
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static java.util.Optional<Integer> factsOf(String table) {
    Matcher m = FACTS.matcher(table);
    return m.matches()
        ? java.util.Optional.of(Integer.parseInt(m.group(1)))
        : java.util.Optional.empty();
  }
}
