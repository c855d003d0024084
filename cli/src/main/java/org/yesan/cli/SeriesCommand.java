package org.yesan.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.series.NodeSeries;
import org.yesan.app.series.SeriesRequest;
import org.yesan.model.DatasetInfo;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.realterms.ShippedSeries;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan series}: one node's amount in every year and stage, nominal and in real terms. */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description = {
      "One node's amount in every fiscal year, one row per stage (never added), nominal and in"
          + " a base year's prices by the shipped GDP deflator of Korea.",
      "A stage the source left unfilled for the node has no amount, never 0, and says why."
    })
final class SeriesCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  @Option(names = "--measure", description = "The measure (required when there are more).")
  Optional<String> measure = Optional.empty();

  @Option(names = "--cut", description = "The node, as cuts on its levels: 'ministry:국방부'.")
  Optional<String> cut = Optional.empty();

  @Option(names = "--stages", description = "Stages to list, comma-separated (default: all).")
  Optional<String> stages = Optional.empty();

  @Option(
      names = "--base-year",
      description = "Real terms in this year's prices (default: the latest with data).")
  Optional<Integer> baseYear = Optional.empty();

  @Override
  public Integer call() {
    try (FactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      Cuts node = Cuts.parse(cut.orElse(""), new Dimensions(info));
      NodeSeries series =
          NodeSeries.of(
              store,
              SeriesRequest.of(info, measure, node, stages, baseYear),
              ShippedSeries.koreaGdpDeflator());
      PrintWriter err = spec.commandLine().getErr();
      series
          .baseYear()
          .ifPresent(
              y ->
                  err.println(
                      "note: real terms in "
                          + y
                          + " prices by "
                          + series.deflator().label()
                          + " ("
                          + series.deflator().origin()
                          + ")"));
      Listing.of(series.table(), listing.lang).print(listing, spec.commandLine().getOut());
    }
    return 0;
  }
}
