package org.yesan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times DuckDB writing the same facts into candidate fact-table layouts: each variant is one {@code
 * INSERT … SELECT} from a table staged by {@code read_csv}, in its own transaction in a fresh
 * database file, commit included.
 *
 * <p>Usage: {@code FactLayoutProbe DIR ROWS ROUNDS}. Writes a CSV of ROWS rows (line id and two
 * amounts in 천원, as the import stages them) to DIR, then runs every variant ROUNDS times, in turn
 * (so that machine load hits all alike), and prints a tab-separated table of milliseconds. A fourth
 * argument, a comma-separated list of name prefixes such as {@code a,b,e}, runs only those.
 */
public final class FactLayoutProbe {

  private FactLayoutProbe() {}

  private static final String NINE =
      "slice_id INTEGER NOT NULL, source_id INTEGER NOT NULL, source_line BIGINT NOT NULL,"
          + " line_id INTEGER NOT NULL, measure VARCHAR NOT NULL, fiscal_year INTEGER NOT NULL,"
          + " stage VARCHAR NOT NULL, reported_in INTEGER NOT NULL, amount DECIMAL(38,2) NOT NULL";

  private static final String UNNEST_SLICE = "unnest([101, 102])";
  private static final String LINE = "rowid + 2";

  private static String amounts(String type) {
    return "unnest([CAST(a0 * 1000 AS " + type + "), CAST(a1 * 1000 AS " + type + ")])";
  }

  /** The variants: the table's columns and the select that fills it from the staged rows. */
  private static Map<String, String[]> variants() {
    Map<String, String[]> v = new LinkedHashMap<>();
    v.put(
        "a_nine_columns",
        new String[] {
          NINE,
          UNNEST_SLICE
              + ", 7, "
              + LINE
              + ", line_id, 'expenditure', 2018, unnest(['enacted', 'revised']), 2018, "
              + amounts("DECIMAL(38,2)")
        });
    v.put(
        "b_narrow_decimal38",
        new String[] {
          "slice_id INTEGER NOT NULL, source_line BIGINT NOT NULL, line_id INTEGER NOT NULL,"
              + " amount DECIMAL(38,2) NOT NULL",
          UNNEST_SLICE + ", " + LINE + ", line_id, " + amounts("DECIMAL(38,2)")
        });
    v.put(
        "c_narrow_bigint_cents",
        new String[] {
          "slice_id INTEGER NOT NULL, source_line BIGINT NOT NULL, line_id INTEGER NOT NULL,"
              + " amount BIGINT NOT NULL",
          UNNEST_SLICE + ", " + LINE + ", line_id, unnest([a0 * 100000, a1 * 100000])"
        });
    v.put(
        "c_narrow_decimal18",
        new String[] {
          "slice_id INTEGER NOT NULL, source_line BIGINT NOT NULL, line_id INTEGER NOT NULL,"
              + " amount DECIMAL(18,2) NOT NULL",
          UNNEST_SLICE + ", " + LINE + ", line_id, " + amounts("DECIMAL(18,2)")
        });
    // (b) again, but slice after slice instead of interleaved: each column's values run in order,
    // which is what DuckDB's compression (delta, constant, RLE) makes the most of.
    v.put(
        "e_narrow_decimal38_by_slice",
        new String[] {
          "slice_id INTEGER NOT NULL, source_line BIGINT NOT NULL, line_id INTEGER NOT NULL,"
              + " amount DECIMAL(38,2) NOT NULL",
          "101, "
              + LINE
              + ", line_id, CAST(a0 * 1000 AS DECIMAL(38,2)) FROM staged UNION ALL SELECT 102, "
              + LINE
              + ", line_id, CAST(a1 * 1000 AS DECIMAL(38,2))"
        });
    // Today's nine columns, slice after slice: the constant columns then run in long stretches.
    v.put(
        "f_nine_columns_by_slice",
        new String[] {
          NINE,
          "101, 7, "
              + LINE
              + ", line_id, 'expenditure', 2018, 'enacted', 2018, CAST(a0 * 1000 AS DECIMAL(38,2))"
              + " FROM staged UNION ALL SELECT 102, 7, "
              + LINE
              + ", line_id, 'expenditure', 2018, 'revised', 2018, CAST(a1 * 1000 AS DECIMAL(38,2))"
        });
    v.put(
        "d_wide_row_per_csv_row",
        new String[] {
          "source_line BIGINT NOT NULL, line_id INTEGER NOT NULL, amount_0 DECIMAL(38,2),"
              + " amount_1 DECIMAL(38,2)",
          LINE + ", line_id, CAST(a0 * 1000 AS DECIMAL(38,2)), CAST(a1 * 1000 AS DECIMAL(38,2))"
        });
    return v;
  }

  public static void main(String[] args) throws SQLException, java.io.IOException {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: FactLayoutProbe DIR ROWS ROUNDS [VARIANT_PREFIX,...]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Files.createDirectories(dir);
    Path csv = dir.resolve("staged-" + rows + ".csv");
    if (!Files.exists(csv)) {
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        // Line ids repeat as unit projects do (about 83 rows each); amounts 1,000-999,000,000 천원.
        s.execute(
            "COPY (SELECT (i // 83 + 1)::INTEGER AS line_id, 1000 + (i * 7919) % 999000000 AS a0,"
                + " 1000 + (i * 104729) % 999000000 AS a1 FROM range("
                + rows
                + ") t(i)) TO '"
                + csv.toAbsolutePath()
                + "' (HEADER)");
      }
    }
    Map<String, List<Long>> millis = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (Map.Entry<String, String[]> v : variants().entrySet()) {
        if (args.length == 4
            && java.util.Arrays.stream(args[3].split(",")).noneMatch(v.getKey()::startsWith)) {
          continue;
        }
        millis.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(run(dir, csv, v.getValue()));
      }
    }
    System.out.println("variant\tfacts\tms_per_round\tmedian_ms");
    for (Map.Entry<String, List<Long>> m : millis.entrySet()) {
      List<Long> sorted = new ArrayList<>(m.getValue());
      sorted.sort(null);
      System.out.printf(
          "%s\t%d\t%s\t%d%n",
          m.getKey(),
          m.getKey().startsWith("d_") ? rows : 2 * rows,
          m.getValue(),
          sorted.get(sorted.size() / 2));
    }
  }

  private static long run(Path dir, Path csv, String[] variant)
      throws SQLException, java.io.IOException {
    Path db = dir.resolve("layout.duckdb");
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + ".wal"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("SET memory_limit = '1GB'");
      s.execute("CREATE TABLE facts (" + variant[0] + ")");
      c.setAutoCommit(false);
      s.execute(
          "CREATE TEMP TABLE staged AS SELECT * FROM read_csv('"
              + csv.toAbsolutePath()
              + "', header = true, auto_detect = false, columns = {'line_id': 'INTEGER', 'a0':"
              + " 'BIGINT', 'a1': 'BIGINT'})");
      // Only the insert and its commit are timed: the staging is the same for every layout.
      long start = System.nanoTime();
      s.executeUpdate("INSERT INTO facts SELECT " + variant[1] + " FROM staged");
      s.execute("DROP TABLE staged");
      c.commit();
      long ms = (System.nanoTime() - start) / 1_000_000;
      s.execute("CHECKPOINT");
      System.err.printf("%s: %d ms, file %d MB%n", variant[0], ms, Files.size(db) >> 20);
      return ms;
    }
  }
}
