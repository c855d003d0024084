package org.yesan.store.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a store file back into the fact layout of schema version 3 (one nine-column table per
 * dataset), so that tests can migrate files as a Yesan of version 3 wrote them.
 */
final class VersionThreeLayout {

  private VersionThreeLayout() {}

  /** Rewrites every dataset's facts in the nine-column table and sets the version to 3. */
  static void rewrite(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      List<Integer> ids = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT id FROM datasets")) {
        while (rs.next()) {
          ids.add(rs.getInt(1));
        }
      }
      for (int id : ids) {
        String facts = StoreSchema.factTable(id);
        s.execute(
            "CREATE TABLE old_facts (slice_id INTEGER NOT NULL, source_id INTEGER NOT NULL,"
                + " source_line BIGINT NOT NULL, line_id INTEGER NOT NULL, measure VARCHAR NOT"
                + " NULL, fiscal_year INTEGER NOT NULL, stage VARCHAR NOT NULL, reported_in"
                + " INTEGER NOT NULL, amount DECIMAL(38,2) NOT NULL)");
        // Version 3 wrote the facts of a CSV row one after another, whatever their slice.
        s.execute(
            "INSERT INTO old_facts SELECT * FROM " + facts + " ORDER BY source_id, source_line");
        s.execute("DROP VIEW " + facts);
        s.execute("DROP TABLE " + FactLayout.rowTable(id));
        s.execute("ALTER TABLE old_facts RENAME TO " + facts);
      }
      s.execute("UPDATE yesan_schema SET version = 3");
    }
  }
}
