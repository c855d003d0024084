package org.yesan.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.search.MemberSearch;
import org.yesan.app.search.SearchRequest;
import org.yesan.model.DatasetInfo;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan search TEXT}: members whose Korean or English name contains the text. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Programs, projects or any other members whose Korean or English name contains TEXT (case"
          + " and spaces ignored), each with its ministry and its figure in its latest year."
    })
final class SearchCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Parameters(index = "0", paramLabel = "TEXT", description = "The text to look for.")
  String text;

  @Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  @Option(names = "--levels", description = "Levels to search, comma-separated (default: all).")
  Optional<String> levels = Optional.empty();

  @Option(names = "--cut", description = "Search only among these facts: 'fiscal_year:2018'.")
  Optional<String> cut = Optional.empty();

  @Override
  public Integer call() {
    try (FactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      Cuts cuts = Cuts.parse(cut.orElse(""), new Dimensions(info));
      MemberSearch search =
          MemberSearch.of(store, SearchRequest.of(info, text, levels, cuts, Optional.empty()));
      Listing.of(search.table(), listing.lang).print(listing, spec.commandLine().getOut());
    }
    return 0;
  }
}
