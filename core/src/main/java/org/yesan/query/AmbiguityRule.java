package org.yesan.query;

import java.util.List;
import java.util.Map;

/**
 * Refuses queries that would add up figures that must never be added: different measures (gross and
 * net, spending and revenue), different stages (a proposal and the enacted budget), or different
 * vintages of the same year. A query must cut such a dimension to one value or drill down by it.
 */
public final class AmbiguityRule {

  private AmbiguityRule() {}

  /**
   * Checks the query against the values each guarded dimension takes in the facts that pass its
   * cuts.
   *
   * @param present for measure and stage, the distinct values left after the query's cuts
   */
  public static void check(AggregateQuery query, Map<String, List<String>> present) {
    for (String dim : List.of(Dimensions.MEASURE, Dimensions.STAGE)) {
      List<String> values = present.getOrDefault(dim, List.of());
      if (values.size() > 1 && !query.drilldown().contains(dim)) {
        throw new QueryException(
            Cuts.PARAMETER,
            0,
            "the selected facts span "
                + values.size()
                + " "
                + (dim.equals(Dimensions.MEASURE) ? "measures" : "stages")
                + " ("
                + String.join(", ", values)
                + "), which must not be added together; cut one (e.g. "
                + dim
                + ":"
                + values.get(0)
                + ") or drill down by "
                + dim);
      }
    }
  }
}
