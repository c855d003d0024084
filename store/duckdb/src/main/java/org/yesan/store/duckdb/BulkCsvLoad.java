package org.yesan.store.duckdb;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.duckdb.DuckDBConnection;
import org.yesan.ingest.BulkCsv;
import org.yesan.ingest.PlainCsvFile;

/**
 * Loads the facts of a file proven plain with DuckDB's own parallel CSV reader and set-based SQL,
 * inside the import's transaction: the rows, numbered in file order (hence their line numbers), go
 * to a temporary table joined to their lines as they are read, new line paths join the line table
 * in order of first use, and one fact per row and live amount column is inserted with its amount
 * converted exactly in DECIMAL.
 */
final class BulkCsvLoad {

  /**
   * The file's rows as DuckDB read them: each row's number in the file, its line id where the line
   * table has its path (else its members), whether a required member is missing, and the live
   * amounts.
   */
  private static final String LINED = "yesan_bulk_lined";

  /** The line ids of the rows whose paths the load added to the line table. */
  private static final String FILL = "yesan_bulk_fill";

  /** An amount field that yields facts, and the slice they go to. */
  record LiveColumn(int amount, int sliceId, int fiscalYear, String stage) {}

  private final DuckDBConnection connection;

  BulkCsvLoad(DuckDBConnection connection) {
    this.connection = connection;
  }

  /**
   * Stores the file's facts.
   *
   * @param memberColumns the line-table column of each of the file's members, in member order
   * @param otherColumns the line-table columns of levels the file does not have (empty for it)
   * @param narrow whether the rows table keeps amounts as DECIMAL(18,2), which every figure of the
   *     live columns then fits
   * @return whether the facts were stored; false, with nothing stored, when DuckDB did not read the
   *     rows the scan counted and summed
   */
  boolean load(
      BulkCsv csv,
      PlainCsvFile plain,
      int datasetId,
      int sourceId,
      List<String> memberColumns,
      List<String> otherColumns,
      List<LiveColumn> live,
      boolean narrow)
      throws SQLException {
    String lines = StoreSchema.lineTable(datasetId);
    execute(linedStatement(csv, plain, live, lines, memberColumns, otherColumns));
    // On an error nothing is dropped: the import rolls back, temporary tables and all.
    java.util.OptionalLong first = readAsScanned(csv, plain, live);
    if (first.isEmpty()) {
      execute("DROP TABLE " + LINED);
      return false;
    }
    long firstRowId = first.getAsLong();
    long base;
    try (Statement q = connection.createStatement();
        ResultSet rs = q.executeQuery("SELECT coalesce(max(line_id), 0) FROM " + lines)) {
      rs.next();
      base = rs.getLong(1);
    }
    String members =
        IntStream.range(0, memberColumns.size())
            .mapToObj(i -> "m" + i)
            .collect(Collectors.joining(", "));
    // The rows whose path no line has yet (every row of a dataset's first file, few after it)
    // still carry their members: new lines, numbered in order of first use.
    long added =
        update(
            "INSERT INTO "
                + lines
                + " (line_id, "
                + String.join(", ", memberColumns)
                + ") SELECT "
                + base
                + " + row_number() OVER (ORDER BY first_row), "
                + members
                + " FROM (SELECT "
                + members
                + ", min(row_id) AS first_row FROM "
                + LINED
                + " WHERE line_id IS NULL GROUP BY ALL) p");
    if (added > 0) {
      execute(
          "CREATE OR REPLACE TEMP TABLE "
              + FILL
              + " AS SELECT d.row_id, l.line_id FROM "
              + LINED
              + " d JOIN "
              + lines
              + " l ON "
              + sameLine("d", memberColumns, otherColumns)
              + " WHERE d.line_id IS NULL");
      execute(
          "UPDATE "
              + LINED
              + " SET line_id = f.line_id FROM "
              + FILL
              + " f WHERE "
              + LINED
              + ".row_id = f.row_id");
      execute("DROP TABLE " + FILL);
    }
    long joined;
    try (Statement q = connection.createStatement();
        ResultSet rs = q.executeQuery("SELECT count(line_id) FROM " + LINED)) {
      rs.next();
      joined = rs.getLong(1);
    }
    long facts = 0;
    for (String insert : factStatements(csv, plain, firstRowId, datasetId, live, narrow)) {
      facts += update(insert);
    }
    execute("DROP TABLE " + LINED);
    if (joined != plain.rows() || facts != plain.rows() * live.size()) {
      // Every row without a line just had its path added to the line table and joined to it.
      throw new IllegalStateException(
          "bulk load of "
              + csv.file()
              + " joined "
              + joined
              + " rows to their lines and stored "
              + facts
              + " facts for "
              + plain.rows()
              + " rows of "
              + live.size()
              + " columns");
    }
    return true;
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private long update(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  /**
   * Reads the file with DuckDB's reader and joins each row to its line in one statement, numbering
   * the rows as read: the reader keeps the file's order (which the positional sums check), and only
   * rows whose path is new keep their member strings.
   */
  private static String linedStatement(
      BulkCsv csv,
      PlainCsvFile plain,
      List<LiveColumn> live,
      String lines,
      List<String> memberColumns,
      List<String> otherColumns) {
    List<String> select = new ArrayList<>();
    select.add("row_number() OVER () - 1 AS row_id");
    List<String> required = new ArrayList<>();
    for (int i = 0; i < csv.members().size(); i++) {
      String field = "f" + csv.members().get(i).field();
      // String.strip's blanks, and an empty member after them is no member (or a refused row).
      select.add(
          (plain.membersNeedStrip()
                  ? "nullif(trim(" + field + ", " + literal(PlainCsvFile.STRIPPED_BLANKS) + "), '')"
                  : field)
              + " AS m"
              + i);
      if (csv.members().get(i).required()) {
        required.add("m" + i + " IS NULL");
      }
    }
    for (int j = 0; j < live.size(); j++) {
      // At most 18 digits, as the scan proved: a BIGINT, cast once here; NULL if DuckDB disagrees.
      select.add(
          "TRY_CAST(f" + csv.amounts().get(live.get(j).amount()).field() + " AS BIGINT) AS a" + j);
    }
    String columns =
        IntStream.range(0, csv.fields())
            .mapToObj(f -> "'f" + f + "': 'VARCHAR'")
            .collect(Collectors.joining(", ", "{", "}"));
    List<String> out = new ArrayList<>();
    out.add("r.row_id");
    out.add("l.line_id");
    for (int i = 0; i < csv.members().size(); i++) {
      out.add("CASE WHEN l.line_id IS NULL THEN r.m" + i + " END AS m" + i);
    }
    out.add((required.isEmpty() ? "false" : "r." + String.join(" OR r.", required)) + " AS gap");
    for (int j = 0; j < live.size(); j++) {
      out.add("r.a" + j);
    }
    // Every option is explicit: no sniffing, no decompression by file name, strict RFC 4180 quotes.
    return "CREATE OR REPLACE TEMP TABLE "
        + LINED
        + " AS SELECT "
        + String.join(", ", out)
        + " FROM (SELECT "
        + String.join(", ", select)
        + " FROM read_csv("
        + literal(plain.utf8().toAbsolutePath().toString())
        + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
        + " strict_mode = true, compression = 'none', encoding = 'utf-8', columns = "
        + columns
        + ")) r LEFT JOIN "
        + lines
        + " l ON "
        + sameLine("r", memberColumns, otherColumns);
  }

  /**
   * The number of the file's first row, when DuckDB read what the scan saw: as many rows, numbered
   * without a gap, the required members present, and each amount column with the scan's sum and its
   * sum weighted by row position (so that rows out of file order would show).
   */
  private java.util.OptionalLong readAsScanned(
      BulkCsv csv, PlainCsvFile plain, List<LiveColumn> live) throws SQLException {
    List<String> checks = new ArrayList<>();
    checks.add("count(*)");
    checks.add("min(row_id)");
    checks.add("max(row_id)");
    checks.add("count(*) FILTER (WHERE gap)");
    long p = PlainCsvFile.POSITION_MODULUS;
    for (int j = 0; j < live.size(); j++) {
      String a = "a" + j;
      checks.add("count(" + a + ")");
      checks.add("sum(" + a + ")");
      checks.add("sum(CAST((row_id % " + p + ") * (" + a + " % " + p + ") AS HUGEINT))");
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + String.join(", ", checks) + " FROM " + LINED)) {
      rs.next();
      int c = 1;
      long rows = rs.getLong(c++);
      long first = rs.getLong(c++);
      long last = rs.getLong(c++);
      long gaps = rs.getLong(c++);
      if (rows != plain.rows() || first != 0 || last + 1 != rows || gaps != 0) {
        return java.util.OptionalLong.empty();
      }
      for (LiveColumn l : live) {
        long parsed = rs.getLong(c++);
        BigDecimal sum = rs.getBigDecimal(c++);
        BigDecimal positional = rs.getBigDecimal(c++);
        PlainCsvFile.AmountColumn scanned = plain.amounts().get(l.amount());
        if (parsed != plain.rows()
            || sum == null
            || sum.compareTo(new BigDecimal(scanned.total())) != 0
            || positional == null
            || positional.toBigIntegerExact().longValue() != scanned.positional()) {
          return java.util.OptionalLong.empty();
        }
      }
      return java.util.OptionalLong.of(first);
    }
  }

  // One statement per slice: the slices are then written one after the other, each in file order,
  // and runs of one slice id and of stepping lines are what DuckDB's compression collapses. Each
  // statement joining the staged rows to their lines again took 0.2-0.4 s per slice of 833,333
  // rows; one join into a narrow table first, then plain scans of it, is what is done now.
  private static List<String> factStatements(
      BulkCsv csv,
      PlainCsvFile plain,
      long firstRowId,
      int datasetId,
      List<LiveColumn> live,
      boolean narrow) {
    String type = FactLayout.amountType(narrow);
    java.math.BigInteger factor = csv.unitFactor().toBigIntegerExact();
    List<String> out = new ArrayList<>();
    for (int j = 0; j < live.size(); j++) {
      LiveColumn l = live.get(j);
      long largest = plain.amounts().get(l.amount()).largestMagnitude();
      // Exact either way; 64-bit arithmetic when the largest amount in base units fits in it (it
      // is many times faster than casting the text to a 128-bit DECIMAL).
      boolean fitsLong =
          java.math.BigInteger.valueOf(largest)
                  .multiply(factor)
                  .compareTo(java.math.BigInteger.valueOf(Long.MAX_VALUE))
              < 0;
      String amount =
          fitsLong
              ? "CAST(a" + j + " * " + factor + " AS " + type + ")"
              : "CAST(CAST(a"
                  + j
                  + " AS DECIMAL(38,0)) * CAST("
                  + factor
                  + " AS DECIMAL(18,0)) AS "
                  + type
                  + ")";
      out.add(
          "INSERT INTO "
              + FactLayout.rowTable(datasetId)
              + " SELECT "
              + l.sliceId()
              // One record per line after a one-line header: row i of the file is on line i + 2.
              + ", row_id - "
              + firstRowId
              + " + 2, line_id, "
              + amount
              + " FROM "
              + LINED
              + " ORDER BY row_id");
    }
    return out;
  }

  private static String sameLine(String row, List<String> memberColumns, List<String> others) {
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < memberColumns.size(); i++) {
      terms.add("l." + memberColumns.get(i) + " IS NOT DISTINCT FROM " + row + ".m" + i);
    }
    for (String o : others) {
      terms.add("l." + o + " IS NULL");
    }
    return String.join(" AND ", terms);
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
