package org.yesan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.yesan.compare.Comparison;
import org.yesan.compare.Movers;
import org.yesan.model.DatasetInfo;
import org.yesan.store.duckdb.DuckDbFactStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan movers}: the largest increases and cuts between two years or two stages. */
@Command(
    name = "movers",
    mixinStandardHelpOptions = true,
    description = {
      "The largest increases and cuts between two years or two stages, at any level.",
      "--by percent ranks by %% change (lines new on the later side have none and are left out)."
    })
final class MoversCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  @ArgGroup(exclusive = true, multiplicity = "1")
  CompareAxis axis;

  @Mixin QueryFilters filters;

  @Option(
      names = "--by",
      defaultValue = "amount",
      description = "Rank by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Movers.By by = Movers.By.AMOUNT;

  @Option(names = "--limit", defaultValue = "10", description = "How many of each (default: 10).")
  int limit = 10;

  @Override
  public Integer call() {
    List<String> values = axis.values();
    try (DuckDbFactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      Comparison c = axis.compare(store, filters.query(info));
      Movers m = Movers.of(c, by, limit);
      Amounts amounts = new Amounts(listing.lang, info.currency());
      Listing l = new Listing().column("direction", Listing.Kind.TEXT);
      for (String d : c.dimensions()) {
        l.column(d, Listing.Kind.TEXT);
      }
      l.column(values.get(0), Listing.Kind.AMOUNT)
          .column(values.get(1), Listing.Kind.AMOUNT)
          .column("change", Listing.Kind.AMOUNT)
          .column("change_readable", Listing.Kind.READABLE)
          .column("change_pct", Listing.Kind.PERCENT);
      add(l, "increase", m.increases(), c, amounts);
      add(l, "cut", m.cuts(), c, amounts);
      l.print(listing, spec.commandLine().getOut());
    }
    return 0;
  }

  private static void add(
      Listing l, String direction, List<Comparison.Row> rows, Comparison c, Amounts amounts) {
    for (Comparison.Row r : rows) {
      Object[] row = new Object[c.dimensions().size() + 6];
      row[0] = direction;
      for (int i = 0; i < c.dimensions().size(); i++) {
        String member = r.members().get(i);
        row[i + 1] = member.isEmpty() ? null : member;
      }
      int k = c.dimensions().size() + 1;
      row[k] = r.inBase() ? r.base() : null;
      row[k + 1] = r.inTarget() ? r.target() : null;
      row[k + 2] = r.change();
      row[k + 3] = (r.change().signum() > 0 ? "+" : "") + amounts.readable(r.change());
      row[k + 4] = r.percentChange().orElse(null);
      l.row(row);
    }
  }
}
