package org.yesan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.yesan.app.growth.GrowthRequest;
import org.yesan.app.growth.GrowthTable;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
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
      GrowthTable growth =
          GrowthTable.of(store, new GrowthRequest(info.name(), q.drilldown(), q.cuts()));
      PrintWriter err = spec.commandLine().getErr();
      growth.notes().forEach(note -> err.println("note: " + note));
      Listing.of(growth.table(), listing.lang).print(listing, spec.commandLine().getOut());
    }
    return 0;
  }
}
