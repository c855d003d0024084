package org.yesan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.yesan.app.compare.ComparedTable;
import org.yesan.app.compare.Comparisons;
import org.yesan.app.compare.LineChangeTable;
import org.yesan.app.table.ResultTable;
import org.yesan.model.DatasetInfo;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan compare}: two years or two stages side by side, with change and shares. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two years (same stage) or two stages (same year): absolute change, %% change, and"
          + " each side's share of its total.",
      "Percentages: exact quotients rounded once to 2 places, HALF_UP; --lines counts lines"
          + " added, removed and changed.",
      "A side without figures (a stage the measure lacks) shows no amount and no change, never"
          + " 0; across years a renamed ministry is one row, its note naming the old name.",
      "--drilldown takes only levels at which the measure compared has members (the Korean"
          + " headline totals have no sectors); another is refused, naming the levels it has."
    })
final class CompareCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  @Mixin CompareAxis axis;

  @Mixin QueryFilters filters;

  @Option(
      names = "--lines",
      description = "Instead of the table, count lines added, removed, increased, decreased.")
  boolean lines;

  @Override
  public Integer call() {
    try (FactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      ComparedTable c = Comparisons.compare(store, axis.request(info, filters.query(info)));
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "note: base is "
              + c.comparison().baseLabel()
              + ", target is "
              + c.comparison().targetLabel());
      c.missingReason().ifPresent(why -> err.println("note: " + why));
      ResultTable table = lines ? LineChangeTable.of(c).table() : c.table();
      Listing.of(table, listing.lang).print(listing, spec.commandLine().getOut());
    }
    return 0;
  }
}
