package org.yesan.bench.api;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;

/**
 * Copies the benchmark dataset's tables from the Yesan DuckDB store to PostgreSQL under the same
 * names and columns (DECIMAL(38,2) as NUMERIC(38,2)), through CSV files that DuckDB exports, then
 * indexes and analyses them, so that the store's own SQL runs unchanged on both.
 *
 * <p>Usage: {@code PostgresMirror DB PG_JDBC_URL CSV_DIR}.
 */
public final class PostgresMirror {

  private PostgresMirror() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: PostgresMirror DB PG_JDBC_URL CSV_DIR");
      System.exit(2);
    }
    Path db = Path.of(args[0]).toAbsolutePath();
    Path csvDir = Path.of(args[2]).toAbsolutePath();
    Files.createDirectories(csvDir);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + db);
        Connection pg = DriverManager.getConnection(args[1])) {
      int id;
      try (PreparedStatement ps = duck.prepareStatement("SELECT id FROM datasets WHERE name = ?")) {
        ps.setString(1, GeneratedBudget.DATASET);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          id = rs.getInt(1);
        }
      }
      List<String> tables = new ArrayList<>(List.of("slices"));
      for (String t : List.of("facts_" + id, "lines_" + id)) {
        if (!columns(duck, t).isEmpty()) {
          tables.add(t);
        }
      }
      for (String table : tables) {
        copy(duck, pg, table, csvDir.resolve(table + ".csv"));
      }
      List<String> indexes = new ArrayList<>(List.of("ALTER TABLE slices ADD PRIMARY KEY (id)"));
      String facts = "facts_" + id;
      List<String> factColumns = columns(duck, facts).stream().map(c -> c.get(0)).toList();
      indexes.add("CREATE INDEX ON " + facts + " (stage, fiscal_year)");
      indexes.add("CREATE INDEX ON " + facts + " (slice_id)");
      if (factColumns.contains("l_ministry")) {
        indexes.add("CREATE INDEX ON " + facts + " (l_ministry, fiscal_year, stage)");
      }
      if (tables.contains("lines_" + id)) {
        indexes.add("ALTER TABLE lines_" + id + " ADD PRIMARY KEY (line_id)");
        indexes.add("CREATE INDEX ON " + facts + " (line_id)");
        indexes.add("CREATE INDEX ON lines_" + id + " (l_ministry)");
      }
      try (Statement s = pg.createStatement()) {
        for (String ddl : indexes) {
          long t0 = System.nanoTime();
          s.execute(ddl);
          System.out.printf("%s: %.1f s%n", ddl, (System.nanoTime() - t0) / 1e9);
        }
        long t0 = System.nanoTime();
        for (String table : tables) {
          // VACUUM also sets the visibility map, so that index-only scans are possible.
          s.execute("VACUUM ANALYZE " + table);
        }
        System.out.printf("VACUUM ANALYZE: %.1f s%n", (System.nanoTime() - t0) / 1e9);
      }
    }
  }

  /** Column name and DuckDB type of each column of a table, in order; empty if no such table. */
  private static List<List<String>> columns(Connection duck, String table) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (PreparedStatement ps =
        duck.prepareStatement(
            "SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_name = ? ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(List.of(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return out;
  }

  private static String postgresType(String duckType) {
    String t = duckType.toUpperCase(Locale.ROOT);
    if (t.startsWith("DECIMAL")) {
      return t.replace("DECIMAL", "NUMERIC");
    }
    return switch (t) {
      case "VARCHAR" -> "text";
      case "INTEGER", "BIGINT", "BOOLEAN" -> t.toLowerCase(Locale.ROOT);
      case "TIMESTAMP WITH TIME ZONE" -> "timestamptz";
      default -> throw new IllegalArgumentException("no PostgreSQL type for " + duckType);
    };
  }

  private static void copy(Connection duck, Connection pg, String table, Path csv)
      throws Exception {
    List<List<String>> cols = columns(duck, table);
    List<String> defs = new ArrayList<>();
    for (List<String> c : cols) {
      defs.add(c.get(0) + " " + postgresType(c.get(1)));
    }
    long t0 = System.nanoTime();
    try (Statement s = duck.createStatement()) {
      // DuckDB writes NULL as an empty field and an empty string as "", as PostgreSQL reads them.
      s.execute("COPY (SELECT * FROM " + table + ") TO '" + csv + "' (FORMAT csv, HEADER false)");
    }
    long t1 = System.nanoTime();
    long rows;
    try (Statement s = pg.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table);
      s.execute("CREATE TABLE " + table + " (" + String.join(", ", defs) + ")");
      try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        rows =
            pg.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", in);
      }
    }
    long t2 = System.nanoTime();
    System.out.printf(
        "%s: %,d rows, %,d bytes of CSV; DuckDB export %.1f s, PostgreSQL COPY %.1f s%n",
        table, rows, Files.size(csv), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    Files.delete(csv);
  }
}
