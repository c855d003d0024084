package org.yesan.cli;

import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateResult;

/** Turns an aggregate result into a listing: one column per drilldown, then the amounts. */
final class ResultListing {

  private ResultListing() {}

  static Listing of(AggregateResult r, DatasetInfo info, Amounts.Lang lang) {
    Amounts amounts = new Amounts(lang, info.currency());
    Listing l = new Listing();
    for (String d : r.dimensions()) {
      l.column(d, Listing.Kind.TEXT);
    }
    l.column("amount", Listing.Kind.AMOUNT)
        .column("readable", Listing.Kind.READABLE)
        .column("facts", Listing.Kind.COUNT);
    for (AggregateResult.Cell c : r.cells()) {
      Object[] row = new Object[r.dimensions().size() + 3];
      for (int i = 0; i < r.dimensions().size(); i++) {
        String m = c.member(i);
        row[i] = m.isEmpty() ? null : m;
      }
      row[r.dimensions().size()] = c.amount();
      row[r.dimensions().size() + 1] = amounts.readable(c.amount());
      row[r.dimensions().size() + 2] = c.count();
      l.row(row);
    }
    return l;
  }
}
