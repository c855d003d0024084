package org.yesan.app.query;

import java.util.List;
import java.util.Optional;
import org.yesan.compare.Shares;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Page;
import org.yesan.store.FactStore;

/**
 * The sum of a dataset drilled down, cut, ordered and paged, with each row's share of the total and
 * of its parent when asked: the one way {@code yesan query} and {@code GET
 * /api/v1/datasets/{name}/aggregate} answer, so both have the same defaults, shares and errors.
 */
public final class Aggregation {

  private Aggregation() {}

  /** The rows of the page asked for and, when asked, their shares, one per row in order. */
  public record Answer(AggregateResult result, Optional<List<Shares.Row>> shares) {

    public Answer {
      if (shares.isPresent() && shares.get().size() != result.cells().size()) {
        throw new IllegalArgumentException(
            shares.get().size() + " shares for " + result.cells().size() + " rows");
      }
      shares = shares.map(List::copyOf);
    }
  }

  /**
   * Answers {@code query}; with {@code shares}, every cell is summed first, because a share of one
   * page would be a share of that page, and the page is taken after.
   */
  public static Answer run(FactStore store, AggregateQuery query, boolean shares) {
    if (!shares) {
      return new Answer(store.aggregate(query), Optional.empty());
    }
    AggregateResult all =
        store.aggregate(
            new AggregateQuery(
                query.dataset(), query.drilldown(), query.cuts(), query.order(), Optional.empty()));
    List<Shares.Row> rows = Shares.of(all).rows();
    int n = all.cells().size();
    Optional<Page> page = query.page();
    int from = page.map(p -> (int) Math.min(n, p.offset())).orElse(0);
    int to = page.map(p -> (int) Math.min(n, p.offset() + p.size())).orElse(n);
    AggregateResult slice =
        new AggregateResult(query, all.dimensions(), all.cells().subList(from, to), all.summary());
    return new Answer(slice, Optional.of(rows.subList(from, to)));
  }
}
