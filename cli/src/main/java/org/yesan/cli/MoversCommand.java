package org.yesan.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.compare.Comparisons;
import org.yesan.app.compare.MoverTable;
import org.yesan.app.compare.MoversRequest;
import org.yesan.model.DatasetInfo;
import org.yesan.store.FactStore;
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
      "Only rows with a figure on both sides are ranked: new and gone lines, and a side without"
          + " figures, have no change (never a change from 0); --by percent also leaves out a"
          + " base of 0."
    })
final class MoversCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  @Mixin CompareAxis axis;

  @Mixin QueryFilters filters;

  @Option(names = "--by", description = "Rank by amount or percent (default: amount).")
  Optional<String> by = Optional.empty();

  @Option(names = "--limit", description = "How many of each (default: 10).")
  Optional<String> limit = Optional.empty();

  @Override
  public Integer call() {
    try (FactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      MoverTable m =
          Comparisons.movers(
              store, MoversRequest.of(axis.request(info, filters.query(info)), by, limit));
      PrintWriter err = spec.commandLine().getErr();
      m.notes().forEach(note -> err.println("note: " + note));
      Listing.of(m.table(), listing.lang).print(listing, spec.commandLine().getOut());
    }
    return 0;
  }
}
