package org.yesan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.yesan.compare.Growth;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan growth}: year-on-year change and compound annual growth across many years. */
@Command(
    name = "growth",
    mixinStandardHelpOptions = true,
    description = {
      "Amounts across years with the change on each previous year and the compound annual"
          + " growth rate (CAGR) from the first year to the last, per group.",
      "Cut the years with --cut fiscal_year:2007-2018; pin one stage and one measure.",
      "Percentages: rounded once to 2 places, HALF_UP; a year without figures is listed as —,"
          + " with no year-on-year change into or out of it."
    })
final class GrowthCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @picocli.CommandLine.Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  @Mixin QueryFilters filters;

  @Override
  public Integer call() {
    try (FactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      AggregateQuery q = filters.query(info);
      List<String> dims = new java.util.ArrayList<>(q.drilldown().dimensions());
      dims.remove(Dimensions.FISCAL_YEAR);
      dims.add(Dimensions.FISCAL_YEAR);
      AggregateResult r = store.aggregate(q.withDrilldown(new Drilldown(dims)));
      int yearIndex = dims.size() - 1;
      Amounts amounts = new Amounts(listing.lang, info.currency());
      Listing l = new Listing();
      for (String d : dims.subList(0, yearIndex)) {
        l.column(d, Listing.Kind.TEXT);
      }
      l.column(Dimensions.FISCAL_YEAR, Listing.Kind.TEXT)
          .column("amount", Listing.Kind.AMOUNT)
          .column("readable", Listing.Kind.READABLE)
          .column("change", Listing.Kind.AMOUNT)
          .column("change_pct", Listing.Kind.PERCENT)
          .column("cagr_pct", Listing.Kind.PERCENT);
      PrintWriter err = spec.commandLine().getErr();
      for (Growth g : Growth.of(r, yearIndex)) {
        if (!g.missingYears().isEmpty()) {
          err.println(
              "note: "
                  + (g.members().isEmpty() ? "the selection" : String.join(" > ", g.members()))
                  + " has no figures for "
                  + g.missingYears().stream().map(String::valueOf).collect(Collectors.joining(", "))
                  + ": shown as — with no change on either side of the gap, not as 0");
        }
        for (Growth.Point p : g.points()) {
          Object[] row = new Object[yearIndex + 6];
          for (int i = 0; i < yearIndex; i++) {
            String m = g.members().get(i);
            row[i] = m.isEmpty() ? null : m;
          }
          row[yearIndex] = Integer.toString(p.fiscalYear());
          row[yearIndex + 1] = p.amount().orElse(null);
          row[yearIndex + 2] = p.amount().map(amounts::readable).orElse(null);
          row[yearIndex + 3] = p.change().orElse(null);
          row[yearIndex + 4] = p.percent().orElse(null);
          boolean last = p == g.points().get(g.points().size() - 1);
          row[yearIndex + 5] = last ? g.cagrPercent().orElse(null) : null;
          l.row(row);
        }
      }
      l.print(listing, spec.commandLine().getOut());
    }
    return 0;
  }
}
