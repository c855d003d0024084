package org.yesan.app.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
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

    /**
     * The rows under one column per drilldown, then {@code amount}, {@code count} (facts summed),
     * {@code readable} and, when asked, the two shares: what every edge writes.
     */
    public ResultTable table(String currency) {
      List<Column> columns = new ArrayList<>();
      result.dimensions().forEach(d -> columns.add(Column.ofDimension(d)));
      columns.add(new Column("amount", Column.Kind.AMOUNT));
      columns.add(new Column("count", Column.Kind.COUNT));
      columns.add(new Column("readable", Column.Kind.READINGS));
      if (shares.isPresent()) {
        columns.add(new Column("share_of_total_pct", Column.Kind.PERCENT));
        columns.add(new Column("share_of_parent_pct", Column.Kind.PERCENT));
      }
      ResultTable t = new ResultTable(columns);
      ReadableAmount readable = new ReadableAmount(currency);
      for (int i = 0; i < result.cells().size(); i++) {
        AggregateResult.Cell c = result.cells().get(i);
        List<Object> row = new ArrayList<>();
        c.members().forEach(m -> row.add(m.isEmpty() ? null : m));
        row.add(c.amount());
        row.add(c.count());
        row.add(readable.reading(c.amount()));
        if (shares.isPresent()) {
          // a share of a zero total is missing, not 0
          row.add(shares.get().get(i).ofTotal());
          row.add(shares.get().get(i).ofParent());
        }
        t.row(row);
      }
      return t;
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
