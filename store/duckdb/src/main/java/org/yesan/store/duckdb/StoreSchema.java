package org.yesan.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.yesan.store.accounts.AccountTables;
import org.yesan.store.sql.StoreException;
import org.yesan.store.sql.TableNames;

/**
 * The versioned layout of a Yesan DuckDB file: a catalog of datasets, imported files and slices;
 * per dataset, a table of distinct line paths whose level columns grow as new levels are imported,
 * and its facts as {@link FactLayout} keeps them, each referring to its line by an integer id.
 */
final class StoreSchema {

  /**
   * Digits before the decimal point an amount may have (10^30 won is a billion times any national
   * budget); amounts are stored as DECIMAL(38,2).
   */
  static final int AMOUNT_DIGITS = TableNames.AMOUNT_DIGITS;

  /** Digits a slice total may have, so that sums over up to 10^4 slices still fit DECIMAL(38,2). */
  static final int SLICE_TOTAL_DIGITS = TableNames.SLICE_TOTAL_DIGITS;

  /** Bump when the layout changes, and add a migration step from the previous version. */
  static final int VERSION = 5;

  /** The oldest version this Yesan still reads (read-only); it has no users or audit log. */
  static final int OLDEST_READABLE = 2;

  private static final List<String> DATA_LAYOUT =
      List.of(
          "CREATE TABLE yesan_schema (version INTEGER NOT NULL)",
          "CREATE SEQUENCE yesan_ids START 1",
          """
          CREATE TABLE datasets (
            id INTEGER PRIMARY KEY,
            name VARCHAR NOT NULL UNIQUE,
            title VARCHAR NOT NULL,
            country VARCHAR,
            currency VARCHAR NOT NULL,
            source_unit_id VARCHAR NOT NULL,
            source_unit_label VARCHAR NOT NULL,
            source_unit_factor DECIMAL(38,10) NOT NULL,
            source VARCHAR NOT NULL,
            licence VARCHAR NOT NULL,
            model_json VARCHAR NOT NULL,
            imported_at TIMESTAMP WITH TIME ZONE,
            content_hash VARCHAR
          )""",
          """
          CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            dataset_id INTEGER NOT NULL,
            file VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            facts BIGINT NOT NULL,
            imported_at TIMESTAMP WITH TIME ZONE NOT NULL
          )""",
          """
          CREATE TABLE slices (
            id INTEGER PRIMARY KEY,
            dataset_id INTEGER NOT NULL,
            measure VARCHAR NOT NULL,
            fiscal_year INTEGER NOT NULL,
            stage VARCHAR NOT NULL,
            reported_in INTEGER NOT NULL,
            source_id INTEGER NOT NULL,
            facts BIGINT NOT NULL,
            total DECIMAL(38,2) NOT NULL,
            UNIQUE (dataset_id, measure, fiscal_year, stage, reported_in)
          )""");

  private static final List<String> LAYOUT =
      java.util.stream.Stream.concat(DATA_LAYOUT.stream(), AccountTables.LAYOUT.stream()).toList();

  private StoreSchema() {}

  /** Creates the schema in an empty file, or checks the version of an existing one. */
  static void migrate(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      boolean exists;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM information_schema.tables WHERE table_name = 'yesan_schema'")) {
        rs.next();
        exists = rs.getLong(1) > 0;
      }
      if (!exists) {
        inOneTransaction(c, s, LAYOUT, "INSERT INTO yesan_schema VALUES (" + VERSION + ")");
        return;
      }
      if (version(s) == 2) {
        upgradeFrom2(c, s);
      }
      if (version(s) == 3) {
        NarrowFactsMigration.run(c, s);
      }
      if (version(s) == 4) {
        upgradeFrom4(c, s);
      }
      checkVersion(s, VERSION);
    }
  }

  // Version 3 added the users, token hashes and audit log; the data tables are as they were.
  private static void upgradeFrom2(Connection c, Statement s) throws SQLException {
    inOneTransaction(c, s, AccountTables.LAYOUT, "UPDATE yesan_schema SET version = 3");
  }

  // Version 5 lets an import's new rows tables keep amounts as DECIMAL(18,2) (FactLayout); the
  // wide tables of version 4 are valid as they are. The version tells an older Yesan, which would
  // write a figure of 17 or more digits into a narrow table, to leave the file alone.
  private static void upgradeFrom4(Connection c, Statement s) throws SQLException {
    inOneTransaction(c, s, List.of(), "UPDATE yesan_schema SET version = 5");
  }

  private static void inOneTransaction(Connection c, Statement s, List<String> ddl, String version)
      throws SQLException {
    List<String> all = new java.util.ArrayList<>(ddl);
    all.add(version);
    inOneTransaction(c, s, all);
  }

  /** Runs {@code statements} as one transaction: all of them, or on any failure none. */
  static void inOneTransaction(Connection c, Statement s, List<String> statements)
      throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (String d : statements) {
        s.execute(d);
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  static int version(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT max(version) FROM yesan_schema")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void checkVersion(Statement s, int oldest) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT max(version) FROM yesan_schema")) {
      rs.next();
      int v = rs.getInt(1);
      if (v < oldest || v > VERSION) {
        throw new StoreException(
            "store schema version "
                + v
                + " is not supported by this Yesan (expects "
                + VERSION
                + ")");
      }
    }
  }

  /** Checks, without writing, that a store opened read-only has the layout this Yesan reads. */
  static void check(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'yesan_schema'")) {
      rs.next();
      if (rs.getLong(1) == 0) {
        throw new StoreException("not a Yesan store: it has no yesan_schema table");
      }
    }
    try (Statement s = c.createStatement()) {
      checkVersion(s, OLDEST_READABLE);
    }
  }

  // DuckDB's sequences cannot be set; drawing values until the next one is past the restored ids
  // moves it the same way.
  static void restartIds(Connection c, String sequence, long next) throws SQLException {
    // The sequence names are the schema's own constants, never input.
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('" + sequence + "')")) {
      rs.next();
      long drawn = rs.getLong(1);
      if (drawn + 1 < next) {
        s.execute("SELECT max(nextval('" + sequence + "')) FROM range(" + (next - drawn - 1) + ")");
      }
    }
  }

  /** The fact table of a dataset. */
  static String factTable(int datasetId) {
    return TableNames.factTable(datasetId);
  }

  /** The column holding a level's members; level ids are validated as [a-z][a-z0-9_]*. */
  static String levelColumn(String levelId) {
    return TableNames.levelColumn(levelId);
  }

  /** The table of a dataset's distinct line paths, one column per level. */
  static String lineTable(int datasetId) {
    return TableNames.lineTable(datasetId);
  }

  // Member names are stored once per distinct path, not once per fact: a budget has thousands of
  // paths but millions of facts, and repeating seven names per fact dominated import time.
  static String createLineTable(int datasetId) {
    return "CREATE TABLE " + lineTable(datasetId) + " (line_id INTEGER NOT NULL)";
  }

  /** Number of fixed columns before the level columns in a line table. */
  static final int LINE_FIXED_COLUMNS = TableNames.LINE_FIXED_COLUMNS;
}
