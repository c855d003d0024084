package org.yesan.store.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yesan.validation.Finding;
import org.yesan.validation.Finding.Severity;

/**
 * Checks, for a store whose fact table is a view joining rows to their slices, that the rows behind
 * the view are the slices' own: a row whose slice is missing drops out of every total silently, so
 * each stored slice's count and sum are compared with its rows, and rows without a slice of the
 * dataset are counted.
 */
final class StoredFactsCheck {

  private static final int EVIDENCE_SLICES = 10;

  private final StoreQueries store;

  StoredFactsCheck(StoreQueries store) {
    this.store = store;
  }

  /** Finds nothing when every row has its slice and every slice its rows, else one failure. */
  List<Finding> check(int datasetId, String factRows) {
    // Slice ids are integers the store drew itself, and the table name is the store's own.
    String sql =
        "WITH f AS (SELECT slice_id, count(*) AS n, sum(amount) AS total FROM "
            + factRows
            + " GROUP BY slice_id), s AS (SELECT id, measure, fiscal_year, stage, reported_in,"
            + " facts, total FROM slices WHERE dataset_id = "
            + datasetId
            + ") SELECT coalesce(s.id, f.slice_id), s.id IS NULL, s.measure, s.fiscal_year,"
            + " s.stage, s.reported_in, coalesce(s.facts, 0), coalesce(s.total, 0),"
            + " coalesce(f.n, 0), coalesce(f.total, 0) FROM f FULL OUTER JOIN s ON s.id ="
            + " f.slice_id WHERE s.id IS NULL OR coalesce(f.n, 0) <> s.facts"
            + " OR coalesce(f.total, 0) <> s.total ORDER BY 1";
    List<String> evidence = new ArrayList<>();
    long[] orphans = {0};
    long[] differing = {0};
    store.select(
        sql,
        List.of(),
        rs -> {
          long rows = rs.getLong(9);
          BigDecimal sum = rs.getBigDecimal(10);
          String line;
          if (rs.getBoolean(2)) {
            orphans[0] += rows;
            line =
                rows
                    + " fact rows of slice id "
                    + rs.getLong(1)
                    + ", which the dataset has not, totalling "
                    + sum.toPlainString();
          } else {
            differing[0]++;
            line =
                rs.getString(3)
                    + " "
                    + rs.getInt(4)
                    + " "
                    + rs.getString(5)
                    + " (reported in "
                    + rs.getInt(6)
                    + "): the slice records "
                    + rs.getLong(7)
                    + " facts totalling "
                    + rs.getBigDecimal(8).toPlainString()
                    + ", its rows are "
                    + rows
                    + " totalling "
                    + sum.toPlainString();
          }
          if (evidence.size() < EVIDENCE_SLICES) {
            evidence.add(line);
          }
          return line;
        });
    if (evidence.isEmpty()) {
      return List.of();
    }
    return List.of(
        Finding.of(
                "stored_facts",
                Severity.FAILURE,
                "facts",
                orphans[0]
                    + " stored facts have no slice (no total counts them) and "
                    + differing[0]
                    + " slices disagree with their stored facts; the store is damaged")
            .withEvidence(evidence));
  }
}
