package org.yesan.linking;

import java.util.List;
import org.yesan.compare.Comparison;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;
import org.yesan.query.Dimensions;
import org.yesan.store.FactStore;

/**
 * Compares two years or two stages of a query, and for two years joins the rows of renamed members
 * ({@link MemberRenames}) into one, so that a renamed ministry is not a −100% and a +100% pair.
 */
public final class LinkedComparison {

  private LinkedComparison() {}

  /**
   * Runs the query once per side, cut to that side's value of {@code dimension} (fiscal_year or
   * stage), and joins the results. Renames are looked for only across years, when the query pins
   * one measure and one stage and both sides have rows the other lacks.
   */
  public static Comparison of(
      FactStore store,
      DatasetInfo info,
      AggregateQuery query,
      String dimension,
      String baseValue,
      String targetValue) {
    AggregateResult base = store.aggregate(query.withCut(Cut.of(dimension, baseValue)));
    AggregateResult target = store.aggregate(query.withCut(Cut.of(dimension, targetValue)));
    Comparison plain = Comparison.of(baseValue, base, targetValue, target);
    if (!dimension.equals(Dimensions.FISCAL_YEAR)
        || plain.rows().stream().noneMatch(r -> r.status() == Comparison.Status.NEW)
        || plain.rows().stream().noneMatch(r -> r.status() == Comparison.Status.GONE)) {
      return plain;
    }
    List<String> measure = single(query, Dimensions.MEASURE);
    List<String> stage = single(query, Dimensions.STAGE);
    if (measure.isEmpty() || stage.isEmpty()) {
      return plain;
    }
    MemberRenames renames =
        MemberRenames.between(
            store,
            info,
            measure.get(0),
            Stage.parse(stage.get(0)),
            FiscalYear.parse(baseValue),
            FiscalYear.parse(targetValue),
            query.drilldown().dimensions());
    return Comparison.of(baseValue, base, targetValue, target, renames.renames());
  }

  private static List<String> single(AggregateQuery query, String dimension) {
    return query
        .cuts()
        .on(dimension)
        .filter(c -> c.range().isEmpty() && c.values().size() == 1)
        .map(Cut::values)
        .orElse(List.of());
  }
}
