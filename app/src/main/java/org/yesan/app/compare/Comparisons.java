package org.yesan.app.compare;

import java.util.List;
import java.util.Optional;
import org.yesan.compare.Comparison;
import org.yesan.compare.Movers;
import org.yesan.linking.LinkedComparison;
import org.yesan.model.DatasetInfo;
import org.yesan.query.Cut;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.QueryException;
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
    refuseLevelsWithoutMembers(store, info, request, c);
    return new ComparedTable(info, c);
  }

  /**
   * A drilldown level at which the one measure compared has no members at all would show the
   * measure's whole as if it were a member without a name: refused, naming the levels it has. Asked
   * only when no row has a member there, so a comparison that has members costs nothing.
   */
  private static void refuseLevelsWithoutMembers(
      FactStore store, DatasetInfo info, ComparisonRequest request, Comparison c) {
    Optional<Cut> measure = request.cuts().on(Dimensions.MEASURE);
    if (measure.isEmpty() || measure.get().values().size() != 1) {
      return;
    }
    List<String> dims = c.dimensions();
    for (int i = 0; i < dims.size(); i++) {
      int at = i;
      String level = dims.get(i);
      boolean empty =
          c.rows().stream().allMatch(r -> r.members().isEmpty() || r.members().get(at).isEmpty());
      if (!empty
          || info.level(level).isEmpty()
          || MeasureLevels.hasMembers(store, info, Cuts.none().with(measure.get()), level)) {
        continue;
      }
      String id = measure.get().values().get(0);
      List<String> levels = MeasureLevels.of(store, info, id).levels();
      throw new QueryException(
          Drilldown.PARAMETER,
          0,
          id
              + " has no members at "
              + level
              + "; drill down by "
              + (levels.isEmpty()
                  ? "nothing (it has no members at any level)"
                  : String.join(", ", levels)));
    }
  }

  /** The largest increases and cuts, at most {@code request.limit()} of each. */
  public static MoverTable movers(FactStore store, MoversRequest request) {
    ComparedTable compared = compare(store, request.comparison());
    return new MoverTable(
        compared, Movers.of(compared.comparison(), request.by(), request.limit()), request.by());
  }
}
