package org.yesan.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.targets.CommitmentRequest;
import org.yesan.app.targets.CommitmentTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code yesan commitments}: promises with their deadline and latest status, or their history. */
@Command(
    name = "commitments",
    mixinStandardHelpOptions = true,
    description = {
      "Commitments (who promised what, when, by when) with the latest status and its evidence;"
          + " --history lists every dated status change with its source.",
      "Overdue: the deadline has passed by --as-of (default: today) and the status is neither"
          + " met nor dropped. days_late: for a met commitment, days from its deadline to the day"
          + " it was met."
    })
final class CommitmentsCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Mixin TargetFileOption files;

  @Option(names = "--id", description = "Only this commitment.")
  Optional<String> id = Optional.empty();

  @Option(names = "--history", description = "One row per status change.")
  boolean history;

  @Option(names = "--as-of", description = "The day overdue is judged on (yyyy-mm-dd).")
  Optional<String> asOf = Optional.empty();

  @Override
  public Integer call() {
    CommitmentTable commitments =
        CommitmentTable.of(
            files.register(), new CommitmentRequest(id, history, CommitmentRequest.day(asOf)));
    Listing.of(commitments.table(), listing.lang).print(listing, spec.commandLine().getOut());
    return 0;
  }
}
