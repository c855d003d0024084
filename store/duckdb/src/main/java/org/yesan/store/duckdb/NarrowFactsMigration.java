package org.yesan.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.yesan.store.sql.StoreException;
import org.yesan.store.sql.TableNames;

/**
 * Moves a version-3 store to version 4: each dataset's nine-column fact table becomes the narrow
 * rows table and view of {@link FactLayout}, all datasets in one transaction.
 */
final class NarrowFactsMigration {

  private NarrowFactsMigration() {}

  /**
   * Migrates every dataset, or refuses, changing nothing, when a fact's measure, year, stage,
   * vintage or source differs from its slice's (or its slice is missing): the view could not give
   * that fact back as it was.
   */
  static void run(Connection c, Statement s) throws SQLException {
    List<Integer> datasets = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("SELECT id FROM datasets ORDER BY id")) {
      while (rs.next()) {
        datasets.add(rs.getInt(1));
      }
    }
    List<String> statements = new ArrayList<>();
    for (int id : datasets) {
      if (!hasTable(s, TableNames.factTable(id))) {
        // An import makes the dataset's row and tables together; without them there is no fact.
        continue;
      }
      requireFactsMatchTheirSlices(s, id);
      statements.addAll(steps(id));
    }
    statements.add("UPDATE yesan_schema SET version = 4");
    StoreSchema.inOneTransaction(c, s, statements);
  }

  private static boolean hasTable(Statement s, String table) throws SQLException {
    // Table names are the schema's own, made from integer ids.
    try (ResultSet rs =
        s.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = '"
                + table
                + "' AND table_type = 'BASE TABLE'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  private static void requireFactsMatchTheirSlices(Statement s, int id) throws SQLException {
    String facts = TableNames.factTable(id);
    long differing;
    int firstSlice;
    try (ResultSet rs =
        s.executeQuery(
            "SELECT count(*), min(f.slice_id) FROM "
                + facts
                + " f LEFT JOIN slices s ON s.id = f.slice_id AND s.dataset_id = "
                + id
                + " WHERE s.id IS NULL OR f.measure <> s.measure OR f.fiscal_year <> s.fiscal_year"
                + " OR f.stage <> s.stage OR f.reported_in <> s.reported_in"
                + " OR f.source_id <> s.source_id")) {
      rs.next();
      differing = rs.getLong(1);
      firstSlice = rs.getInt(2);
    }
    if (differing > 0) {
      String name = datasetName(s, id);
      throw new StoreException(
          "cannot migrate dataset "
              + name
              + " to store schema version 4: "
              + differing
              + " of its facts (the first in slice "
              + firstSlice
              + ") have no slice or differ from their slice's measure, year, stage, vintage or"
              + " source; the store is unchanged, and an older Yesan still reads it");
    }
  }

  private static String datasetName(Statement s, int id) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT name FROM datasets WHERE id = " + id)) {
      rs.next();
      return rs.getString(1);
    }
  }

  // The copy is checked in the transaction before the old table goes: error() aborts it, and
  // the rollback keeps the old table, should the rows copied differ in number or sum.
  private static List<String> steps(int id) {
    String old = TableNames.factTable(id);
    String rows = FactLayout.rowTable(id);
    String same =
        "(SELECT count(*) FROM "
            + old
            + ") = (SELECT count(*) FROM "
            + rows
            + ") AND (SELECT sum(amount) FROM "
            + old
            + ") IS NOT DISTINCT FROM (SELECT sum(amount) FROM "
            + rows
            + ")";
    return List.of(
        FactLayout.createRowTable(id, true),
        "INSERT INTO "
            + rows
            + " SELECT slice_id, source_line, line_id, amount FROM "
            + old
            + " ORDER BY "
            + FactLayout.ROW_ORDER,
        "SELECT CASE WHEN "
            + same
            + " THEN true ELSE error('the copy of "
            + old
            + " into "
            + rows
            + " differs from it') END",
        "DROP TABLE " + old,
        FactLayout.createView(id));
  }
}
