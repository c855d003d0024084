package org.yesan.store.duckdb;

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

  /** The rows table and the view of a new dataset. */
  static List<String> create(int datasetId) {
    return List.of(createRowTable(datasetId), createView(datasetId));
  }

  static String createRowTable(int datasetId) {
    return "CREATE TABLE "
        + rowTable(datasetId)
        + " (slice_id INTEGER NOT NULL, source_line BIGINT NOT NULL, line_id INTEGER NOT NULL,"
        + " amount DECIMAL(38,2) NOT NULL)";
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
