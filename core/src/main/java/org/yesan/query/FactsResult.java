package org.yesan.query;

import java.util.List;

/** A page of line items and how many facts pass the query in all. */
public record FactsResult(FactsQuery query, List<LineItem> items, long total) {

  public FactsResult {
    items = List.copyOf(items);
  }
}
