package org.yesan.store.sql;

/**
 * The names and limits of the tables both SQL stores lay out alike: a catalog of datasets, sources
 * and slices, and per dataset a table of distinct line paths and a narrow table of facts.
 */
public final class TableNames {

  /**
   * Digits before the decimal point an amount may have (10^30 won is a billion times any national
   * budget); amounts are stored as DECIMAL(38,2).
   */
  public static final int AMOUNT_DIGITS = 30;

  /** Digits a slice total may have, so that sums over up to 10^4 slices still fit DECIMAL(38,2). */
  public static final int SLICE_TOTAL_DIGITS = 32;

  /** Number of fixed columns before the level columns in a line table. */
  public static final int LINE_FIXED_COLUMNS = 1;

  private TableNames() {}

  /** The fact table of a dataset. */
  public static String factTable(int datasetId) {
    return "facts_" + datasetId;
  }

  /** The table of a dataset's distinct line paths, one column per level. */
  public static String lineTable(int datasetId) {
    return "lines_" + datasetId;
  }

  /** The column holding a level's members; level ids are validated as [a-z][a-z0-9_]*. */
  public static String levelColumn(String levelId) {
    return "l_" + levelId;
  }
}
