package org.yesan.store.duckdb;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.yesan.store.sql.TableNames;

/**
 * How a DuckDB store (schema version 4 on) keeps a dataset's facts: a four-column table of rows
 * holding what differs from fact to fact, and under the shared name {@code facts_N} a view that
 * adds the measure, year, stage, vintage and source of each row's slice.
 *
 * <p>Every fact of a slice has its slice's measure, year, stage, vintage and source, so storing
 * them per fact only repeated them; written slice after slice, the narrow rows also compress into
 * long runs (DuckDB wrote them in 0.19-0.45 of the time of the nine columns, see
 * docs/benchmarks.md, "Fact layout"). A row whose slice is missing drops out of the view's join, so
 * every count or sum of what an import wrote reads the rows table, and validation counts the rows
 * without a slice.
 *
 * <p>From schema version 5, an import's new rows table keeps its amounts as DECIMAL(18,2), 64 bits
 * a figure, until a figure needs more than {@value #NARROW_AMOUNT_DIGITS} digits before the point
 * (10^16 won is 14 times Korea's whole 2026 budget); the import then widens the table and its view
 * to DECIMAL(38,2) before writing that figure, in the import's own transaction. The view gives the
 * table's own type: a cast to DECIMAL(38,2) in it cost every filter on amounts a cast per row (the
 * negatives check of the 10M rows took 315 ms with it, 4-9 ms without), and sums of DECIMAL(18,2)
 * are DECIMAL(38,2) anyway. Writing the 10M generated rows' 20M amounts as 128-bit decimals took
 * about 2 s of an 11-13 s import (docs/benchmarks.md). Tables made before version 5, by a migration
 * or by a restore, are wide.
 */
final class FactLayout {

  /** The shared readers' nine columns, in their order, as the view gives them. */
  static final String VIEW_COLUMNS =
      "f.slice_id, s.source_id, f.source_line, f.line_id, s.measure, s.fiscal_year, s.stage,"
          + " s.reported_in, f.amount";

  private static final Pattern ROW_TABLE = Pattern.compile("fact_rows_[0-9]+");

  private FactLayout() {}

  /** The table of a dataset's fact rows, which the view {@link TableNames#factTable} reads. */
  static String rowTable(int datasetId) {
    return "fact_rows_" + datasetId;
  }

  /** Whether a table is the rows table of some dataset. */
  static boolean isRowTable(String table) {
    return ROW_TABLE.matcher(table).matches();
  }

  /** Digits before the point a narrow rows table's amount holds: DECIMAL(18,2). */
  static final int NARROW_AMOUNT_DIGITS = 16;

  private static final String NARROW_AMOUNT = "DECIMAL(18,2)";

  private static final String WIDE_AMOUNT = "DECIMAL(38,2)";

  /** The rows table, narrow, and the view of a dataset an import creates. */
  static List<String> create(int datasetId) {
    return List.of(createRowTable(datasetId, false), createView(datasetId));
  }

  /**
   * The rows table, wide, and the view of a dataset a restore creates: the backup's amounts are
   * written before any is looked at.
   */
  static List<String> createWide(int datasetId) {
    return List.of(createRowTable(datasetId, true), createView(datasetId));
  }

  static String createRowTable(int datasetId, boolean wide) {
    return "CREATE TABLE "
        + rowTable(datasetId)
        + " (slice_id INTEGER NOT NULL, source_line BIGINT NOT NULL, line_id INTEGER NOT NULL,"
        + " amount "
        + (wide ? WIDE_AMOUNT : NARROW_AMOUNT)
        + " NOT NULL)";
  }

  /** Whether a narrow rows table holds an amount of at most two decimals: by its integer digits. */
  static boolean fitsNarrow(BigDecimal amount) {
    return amount.precision() - amount.scale() <= NARROW_AMOUNT_DIGITS;
  }

  /** Whether a rows table keeps its amounts as DECIMAL(18,2) now (else DECIMAL(38,2)). */
  static boolean isNarrow(Connection c, int datasetId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT data_type FROM information_schema.columns WHERE table_name = ?"
                + " AND column_name = 'amount'")) {
      ps.setString(1, rowTable(datasetId));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no rows table " + rowTable(datasetId));
        }
        return rs.getString(1).equals(NARROW_AMOUNT);
      }
    }
  }

  /**
   * Makes a narrow rows table wide, inside the caller's transaction (rows it appended included),
   * and its view with it: DuckDB refuses a view whose columns changed type under it.
   */
  static void widen(Connection c, int datasetId) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE " + rowTable(datasetId) + " ALTER amount TYPE " + WIDE_AMOUNT);
      s.execute(createView(datasetId).replaceFirst("^CREATE VIEW ", "CREATE OR REPLACE VIEW "));
    }
  }

  /** The SQL type a slice's amounts are cast to when written into a rows table. */
  static String amountType(boolean narrow) {
    return narrow ? NARROW_AMOUNT : WIDE_AMOUNT;
  }

  // The dataset is matched too: slice ids are unique across datasets, but a row pointing at
  // another dataset's slice must not take that slice's measure; validation counts it instead.
  static String createView(int datasetId) {
    return "CREATE VIEW "
        + TableNames.factTable(datasetId)
        + " AS SELECT "
        + VIEW_COLUMNS
        + " FROM "
        + rowTable(datasetId)
        + " f JOIN slices s ON s.id = f.slice_id AND s.dataset_id = "
        + datasetId;
  }

  /** The order rows are written in: slice after slice, each slice in source order. */
  static final String ROW_ORDER = "slice_id, source_line, line_id, amount";
}
