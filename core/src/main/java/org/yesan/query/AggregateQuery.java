package org.yesan.query;

import java.util.Optional;

/**
 * A question about one dataset: sum the amounts of the facts that pass the cuts, grouped by the
 * drilldown, ordered and paged.
 */
public record AggregateQuery(
    String dataset, Drilldown drilldown, Cuts cuts, Order order, Optional<Page> page) {

  public AggregateQuery {
    if (dataset == null || dataset.isBlank()) {
      throw new QueryException("dataset", 0, "a dataset is required");
    }
  }

  public static AggregateQuery of(String dataset) {
    return new AggregateQuery(
        dataset, Drilldown.none(), Cuts.none(), Order.none(), Optional.empty());
  }

  public AggregateQuery withDrilldown(Drilldown d) {
    return new AggregateQuery(dataset, d, cuts, order, page);
  }

  public AggregateQuery withCuts(Cuts c) {
    return new AggregateQuery(dataset, drilldown, c, order, page);
  }

  public AggregateQuery withCut(Cut c) {
    return new AggregateQuery(dataset, drilldown, cuts.with(c), order, page);
  }

  public AggregateQuery withOrder(Order o) {
    return new AggregateQuery(dataset, drilldown, cuts, o, page);
  }

  public AggregateQuery withPage(Page p) {
    return new AggregateQuery(dataset, drilldown, cuts, order, Optional.of(p));
  }
}
