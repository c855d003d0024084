package org.yesan.query;

import java.util.Optional;

/**
 * A request for individual line items rather than sums: the facts that pass the cuts, ordered and
 * paged. Like aggregates, it reads each year's preferred report unless a vintage is named.
 */
public record FactsQuery(String dataset, Cuts cuts, Order order, Optional<Page> page) {

  public FactsQuery {
    if (dataset == null || dataset.isBlank()) {
      throw new QueryException("dataset", 0, "a dataset is required");
    }
  }

  public static FactsQuery of(String dataset) {
    return new FactsQuery(dataset, Cuts.none(), Order.none(), Optional.empty());
  }

  public FactsQuery withCuts(Cuts c) {
    return new FactsQuery(dataset, c, order, page);
  }

  public FactsQuery withCut(Cut c) {
    return new FactsQuery(dataset, cuts.with(c), order, page);
  }

  public FactsQuery withOrder(Order o) {
    return new FactsQuery(dataset, cuts, o, page);
  }

  public FactsQuery withPage(Page p) {
    return new FactsQuery(dataset, cuts, order, Optional.of(p));
  }
}
