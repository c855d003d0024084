package org.yesan.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Times the DuckDB Appender alone on rows shaped like Yesan's fact table, one variant per run, to
 * find which part of an import the database side costs.
 *
 * <p>Usage: {@code AppenderProbe DB_FILE ROWS VARIANT}, where VARIANT is {@code bigdecimal} (what
 * the store did first), {@code unscaled} (the DECIMAL's unscaled value as two longs), {@code
 * staged} (append to a TEMP table, then one INSERT … SELECT), {@code staged-unscaled}, or {@code
 * single} (the deprecated value-at-a-time appender, which lets DuckDB buffer many chunks per
 * flush).
 */
public final class AppenderProbe {

  private static final String COLUMNS =
      " (slice_id INTEGER NOT NULL, source_id INTEGER NOT NULL, source_line BIGINT NOT NULL,"
          + " measure VARCHAR NOT NULL, fiscal_year INTEGER NOT NULL, stage VARCHAR NOT NULL,"
          + " reported_in INTEGER NOT NULL, amount DECIMAL(38,2) NOT NULL, l_ministry VARCHAR,"
          + " l_account VARCHAR, l_sub_account VARCHAR, l_sector VARCHAR, l_subsector VARCHAR,"
          + " l_program VARCHAR, l_unit_project VARCHAR)";

  private AppenderProbe() {}

  public static void main(String[] args) throws SQLException, java.io.IOException {
    Path db = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    String variant = args[2];
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(args[0] + ".wal"));
    if (variant.equals("single")) {
      single(db, rows);
      return;
    }
    boolean staged = variant.startsWith("staged");
    boolean unscaled = variant.endsWith("unscaled");
    try (DuckDBConnection c =
            DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())
                .unwrap(DuckDBConnection.class);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE facts" + COLUMNS);
      c.setAutoCommit(false);
      long start = System.nanoTime();
      String target = "facts";
      if (staged) {
        s.execute("CREATE TEMP TABLE staged" + COLUMNS);
        target = "staged";
      }
      try (DuckDBAppender a =
          staged
              ? c.createAppender("temp", "main", target)
              : c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, target)) {
        for (long i = 0; i < rows; i++) {
          long won = (i % 999_983) * 1_000_000L;
          a.beginRow();
          a.append(1);
          a.append(2);
          a.append(i + 2);
          a.append("expenditure");
          a.append(2018);
          a.append("enacted");
          a.append(2018);
          if (unscaled) {
            a.appendDecimal(won * 100, won < 0 ? -1L : 0L);
          } else {
            a.append(BigDecimal.valueOf(won).setScale(2));
          }
          a.append("국토교통부");
          a.append("교통시설특별회계");
          a.append("도로계정");
          a.append("교통및물류");
          a.append("도로");
          a.append("도로건설 " + (i % 2000));
          a.append("국도건설(" + (i % 9) + ")");
          a.endRow();
        }
      }
      long appended = System.nanoTime();
      if (staged) {
        s.execute("INSERT INTO facts SELECT * FROM staged");
        s.execute("DROP TABLE staged");
      }
      c.commit();
      long end = System.nanoTime();
      System.out.printf(
          "variant=%s rows=%d append_ms=%d total_ms=%d rows_per_s=%.0f%n",
          variant,
          rows,
          (appended - start) / 1_000_000,
          (end - start) / 1_000_000,
          rows / ((end - start) / 1e9));
    }
  }

  // Kept only to measure it: the replacement appender flushes every 2,048-row chunk, this one not.
  @SuppressWarnings("deprecation")
  private static void single(Path db, long rows) throws SQLException {
    try (DuckDBConnection c =
            DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())
                .unwrap(DuckDBConnection.class);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE facts" + COLUMNS);
      c.setAutoCommit(false);
      long start = System.nanoTime();
      try (org.duckdb.DuckDBSingleValueAppender a =
          new org.duckdb.DuckDBSingleValueAppender(c, DuckDBConnection.DEFAULT_SCHEMA, "facts")) {
        for (long i = 0; i < rows; i++) {
          long won = (i % 999_983) * 1_000_000L;
          a.beginRow();
          a.append(1);
          a.append(2);
          a.append(i + 2);
          a.append("expenditure");
          a.append(2018);
          a.append("enacted");
          a.append(2018);
          a.appendBigDecimal(BigDecimal.valueOf(won).setScale(2));
          a.append("국토교통부");
          a.append("교통시설특별회계");
          a.append("도로계정");
          a.append("교통및물류");
          a.append("도로");
          a.append("도로건설 " + (i % 2000));
          a.append("국도건설(" + (i % 9) + ")");
          a.endRow();
        }
      }
      long appended = System.nanoTime();
      c.commit();
      long end = System.nanoTime();
      System.out.printf(
          "variant=single rows=%d append_ms=%d total_ms=%d rows_per_s=%.0f%n",
          rows,
          (appended - start) / 1_000_000,
          (end - start) / 1_000_000,
          rows / ((end - start) / 1e9));
    }
  }
}
