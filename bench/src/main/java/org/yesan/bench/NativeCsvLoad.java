package org.yesan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads 열린재정 {@code out_YYYY} CSV files with DuckDB's own {@code read_csv} into a table of the same
 * columns, in one transaction in a fresh database file: the yardstick Yesan's import is measured
 * against.
 *
 * <p>Usage: {@code NativeCsvLoad DB_FILE [--facts] CSV...}. Prints one line {@code rows=N
 * millis=M}. With {@code --facts} it also does the part of Yesan's work SQL can express: unpivot
 * the stage columns into one row per fact, with the amount converted from 천원 to 원 as DECIMAL(38,2);
 * that second figure is printed as {@code facts=N facts_millis=M}.
 */
public final class NativeCsvLoad {

  private static final String COLUMNS =
      "{'회계연도': 'INTEGER', '소관명': 'VARCHAR', '회계명': 'VARCHAR', '계정명': 'VARCHAR',"
          + " '분야명': 'VARCHAR', '부문명': 'VARCHAR', '프로그램명': 'VARCHAR', '단위사업명': 'VARCHAR',"
          + " '금년도예산(천원)': 'BIGINT', '추경정부안(천원)': 'BIGINT', '추경국회확정(천원)': 'BIGINT'}";

  private NativeCsvLoad() {}

  public static void main(String[] args) throws SQLException, java.io.IOException {
    if (args.length < 2) {
      System.err.println("usage: NativeCsvLoad DB_FILE [--facts] CSV...");
      System.exit(2);
    }
    Path db = Path.of(args[0]);
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(args[0] + ".wal"));
    boolean facts = false;
    List<String> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--facts")) {
        facts = true;
      } else {
        files.add(args[i]);
      }
    }
    String list =
        files.stream()
            .map(f -> "'" + f.replace("'", "''") + "'")
            .collect(Collectors.joining(", ", "[", "]"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE line_items (\"회계연도\" INTEGER, \"소관명\" VARCHAR, \"회계명\" VARCHAR,"
              + " \"계정명\" VARCHAR, \"분야명\" VARCHAR, \"부문명\" VARCHAR, \"프로그램명\" VARCHAR,"
              + " \"단위사업명\" VARCHAR, \"금년도예산(천원)\" BIGINT, \"추경정부안(천원)\" BIGINT,"
              + " \"추경국회확정(천원)\" BIGINT)");
      c.setAutoCommit(false);
      long start = System.nanoTime();
      long rows =
          s.executeUpdate(
              "INSERT INTO line_items SELECT * FROM read_csv("
                  + list
                  + ", header = true, delim = ',', quote = '\"', columns = "
                  + COLUMNS
                  + ")");
      c.commit();
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("rows=%d millis=%d%n", rows, millis);
      if (facts) {
        s.execute(
            "CREATE TABLE facts (source_line BIGINT, measure VARCHAR, fiscal_year INTEGER, stage"
                + " VARCHAR, reported_in INTEGER, amount DECIMAL(38,2), l_ministry VARCHAR,"
                + " l_account VARCHAR, l_sub_account VARCHAR, l_sector VARCHAR, l_subsector"
                + " VARCHAR, l_program VARCHAR, l_unit_project VARCHAR)");
        start = System.nanoTime();
        // Stage columns that are zero throughout a year's file hold no stage: no facts, as Yesan.
        long n =
            s.executeUpdate(
                "INSERT INTO facts WITH src AS (SELECT *, row_number() OVER () AS line FROM"
                    + " read_csv("
                    + list
                    + ", header = true, delim = ',', quote = '\"', columns = "
                    + COLUMNS
                    + ")), long AS (UNPIVOT src ON \"금년도예산(천원)\" AS 'enacted',"
                    + " \"추경정부안(천원)\" AS 'supplementary_1_proposal', \"추경국회확정(천원)\" AS"
                    + " 'supplementary_1' INTO NAME stage VALUE thousand_won), held AS (SELECT"
                    + " \"회계연도\" AS y, stage AS st FROM long GROUP BY ALL HAVING"
                    + " bool_or(thousand_won <> 0)) SELECT line, 'expenditure', \"회계연도\", stage,"
                    + " \"회계연도\", CAST(thousand_won AS DECIMAL(38,2)) * 1000, \"소관명\", \"회계명\","
                    + " nullif(\"계정명\", ''), \"분야명\", \"부문명\", \"프로그램명\","
                    + " nullif(\"단위사업명\", '') FROM long JOIN held ON y = \"회계연도\" AND st ="
                    + " stage");
        c.commit();
        millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("facts=%d facts_millis=%d%n", n, millis);
      }
      try (ResultSet rs = s.executeQuery("SELECT current_setting('threads')")) {
        rs.next();
        System.out.printf("threads=%s%n", rs.getString(1));
      }
    }
  }
}
