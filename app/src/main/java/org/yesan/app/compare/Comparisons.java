package org.yesan.app.compare;

import org.yesan.compare.Comparison;
import org.yesan.compare.Movers;
import org.yesan.linking.LinkedComparison;
import org.yesan.model.DatasetInfo;
import org.yesan.store.FactStore;

/**
 * Compares two years or two stages, and ranks the movers between them: the one way {@code yesan
 * compare}, {@code yesan movers} and {@code GET /api/v1/datasets/{name}/compare|movers} answer.
 * Across years, renamed members are one row by their cross-year links.
 */
public final class Comparisons {

  private Comparisons() {}

  /** The comparison asked for, rows by largest change first. */
  public static ComparedTable compare(FactStore store, ComparisonRequest request) {
    DatasetInfo info = store.require(request.dataset());
    Comparison c =
        LinkedComparison.of(
                store, info, request.query(), request.axis(), request.base(), request.target())
            .byLargestChange();
    return new ComparedTable(info, c);
  }

  /** The largest increases and cuts, at most {@code request.limit()} of each. */
  public static MoverTable movers(FactStore store, MoversRequest request) {
    ComparedTable compared = compare(store, request.comparison());
    return new MoverTable(
        compared, Movers.of(compared.comparison(), request.by(), request.limit()), request.by());
  }
}
