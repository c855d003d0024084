package org.yesan.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.query.Aggregation;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Order;
import org.yesan.query.Page;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan query}: sums a dataset's amounts, drilled down, cut, ordered and limited. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Sum amounts, grouped by levels. Cuts: LEVEL:VALUE[;VALUE] joined by '|';"
          + " years also as fiscal_year:2015-2018.",
      "Proposal and enacted (and gross and net) are never added together: cut one stage and one"
          + " measure, or drill down by them."
    })
final class QueryCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  @Mixin QueryFilters filters;

  @Option(names = "--order", description = "amount|count|LEVEL[:desc], comma-separated.")
  Optional<String> order = Optional.empty();

  @Option(
      names = "--shares",
      description =
          "Add each row's share of the total and of its parent (the rows with the same members on"
              + " all but the last drilldown level); percentages to 2 places, HALF_UP.")
  boolean shares;

  @Option(names = "--limit", description = "At most N rows.")
  Optional<Integer> limit = Optional.empty();

  @Override
  public Integer call() {
    try (FactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      Aggregation.Answer answer = Aggregation.run(store, build(info), shares);
      AggregateResult r = answer.result();
      Listing l = Listing.of(answer.table(info.currency()), listing.lang);
      l.print(listing, spec.commandLine().getOut());
      if (listing.format == OutputFormat.TABLE) {
        spec.commandLine()
            .getOut()
            .printf(
                "%d of %d rows; total %s (%s)%n",
                r.cells().size(),
                r.summary().cells(),
                new Amounts(listing.lang, info.currency()).readable(r.summary().amount()),
                r.summary().amount().toPlainString() + " " + info.currency());
      }
    }
    return 0;
  }

  AggregateQuery build(DatasetInfo info) {
    AggregateQuery q = filters.query(info).withOrder(Order.parse(order.orElse("")));
    if (limit.isPresent()) {
      q = q.withPage(Page.first(limit.get()));
    }
    return q;
  }
}
