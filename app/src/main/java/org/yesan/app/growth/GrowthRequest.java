package org.yesan.app.growth;

import java.util.ArrayList;
import java.util.List;
import org.yesan.query.AggregateQuery;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;

/**
 * Growth asked for: a dataset's amounts across fiscal years, drilled down and cut (one measure and
 * one stage, or the store refuses to add them); the years are always the last grouping.
 */
public record GrowthRequest(String dataset, Drilldown drilldown, Cuts cuts) {

  public GrowthRequest {
    if (dataset.isBlank()) {
      throw new IllegalArgumentException("growth needs a dataset");
    }
  }

  /** The groups before the year: the drilldown without fiscal_year. */
  public List<String> groups() {
    List<String> out = new ArrayList<>(drilldown.dimensions());
    out.remove(Dimensions.FISCAL_YEAR);
    return out;
  }

  /** The one query: the groups, then fiscal_year. */
  public AggregateQuery query() {
    List<String> by = new ArrayList<>(groups());
    by.add(Dimensions.FISCAL_YEAR);
    return AggregateQuery.of(dataset).withDrilldown(new Drilldown(by)).withCuts(cuts);
  }
}
