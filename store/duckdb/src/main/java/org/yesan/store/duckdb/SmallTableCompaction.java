package org.yesan.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.yesan.store.accounts.AccountTables;

/**
 * Rewrites the account and audit tables of a store file when they have spread over many more
 * storage blocks than their rows need.
 *
 * <p>DuckDB writes the rows a session appended to a table into a block of their own when the file
 * is checkpointed, and never merges such blocks later; a deleted row group keeps its block too. A
 * table that gains a row or two per session (an audit entry per import, a batch of refused
 * requests, a user added) thus takes one 256 KiB block per session: 30 sessions grew a 3.4 MB store
 * to 20 MB. Copying such a table into a fresh one, dropping the old and checkpointing frees those
 * blocks for reuse, so the file stops growing. The copy is one transaction: on any failure the
 * table stays as it was.
 */
final class SmallTableCompaction {

  private static final System.Logger LOG = System.getLogger(SmallTableCompaction.class.getName());

  /** The tables that grow a few rows at a time; the fact tables are written in bulk. */
  static final List<String> TABLES = List.of("yesan_audit", "yesan_users", "yesan_tokens");

  /** Blocks a table may span beyond one per this many rows before it is rewritten. */
  static final int SLACK_BLOCKS = 16;

  static final int ROWS_PER_BLOCK = 1000;

  private SmallTableCompaction() {}

  /** Rewrites each spread-out table; answers how many were rewritten. */
  static int run(Connection c, String location) {
    int rewritten = 0;
    for (String table : TABLES) {
      try {
        Optional<String> ddl = definition(table);
        if (ddl.isPresent() && spread(c, table)) {
          rewrite(c, table, ddl.get());
          rewritten++;
        }
      } catch (SQLException e) {
        // the data are as they were; the table only stays larger on disk than it needs
        LOG.log(
            System.Logger.Level.WARNING,
            "could not compact table " + table + " of " + location + ": " + e.getMessage());
      }
    }
    if (rewritten > 0) {
      try (Statement s = c.createStatement()) {
        s.execute("CHECKPOINT");
      } catch (SQLException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "could not checkpoint " + location + " after compacting: " + e.getMessage());
      }
    }
    return rewritten;
  }

  /** Whether {@code table} spans more blocks than its rows need, by more than the slack. */
  static boolean spread(Connection c, String table) throws SQLException {
    // table names are this class's own constants, never input
    try (Statement s = c.createStatement()) {
      long rows;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM information_schema.tables WHERE table_name = '"
                  + table
                  + "'")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          return false;
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
        rs.next();
        rows = rs.getLong(1);
      }
      return blocks(c, table) > SLACK_BLOCKS + rows / ROWS_PER_BLOCK;
    }
  }

  /** How many storage blocks of the file hold {@code table}'s rows. */
  static long blocks(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(DISTINCT block_id) FROM pragma_storage_info('"
                    + table
                    + "') WHERE block_id >= 0")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void rewrite(Connection c, String table, String ddl) throws SQLException {
    String copy = table + "_compact";
    try (Statement s = c.createStatement()) {
      StoreSchema.inOneTransaction(
          c,
          s,
          List.of(
              ddl.replaceFirst("^CREATE TABLE " + table + " ", "CREATE TABLE " + copy + " "),
              "INSERT INTO " + copy + " SELECT * FROM " + table,
              "DROP TABLE " + table,
              "ALTER TABLE " + copy + " RENAME TO " + table));
    }
  }

  private static Optional<String> definition(String table) {
    return AccountTables.LAYOUT.stream()
        .filter(d -> d.startsWith("CREATE TABLE " + table + " "))
        .findFirst();
  }
}
