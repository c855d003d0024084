package org.yesan.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.targets.TargetRequest;
import org.yesan.app.targets.TargetTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code yesan targets}: each target with its baseline, goal, plan and the money behind it. */
@Command(
    name = "targets",
    mixinStandardHelpOptions = true,
    description = {
      "Targets the government set (GPUs bought, …): baseline, goal and deadline, where the"
          + " planned additions lead, and the budget money behind each, from data/targets.",
      "--points lists every dated figure with its source instead.",
      "Percent of goal: latest level over goal, rounded once to 1 place, HALF_UP."
    })
final class TargetsCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Mixin TargetFileOption files;

  @Option(names = "--id", description = "Only this target.")
  Optional<String> id = Optional.empty();

  @Option(names = "--points", description = "One row per dated figure, with its source.")
  boolean points;

  @Override
  public Integer call() {
    TargetTable targets = TargetTable.of(files.register(), new TargetRequest(id, points));
    Listing.of(targets.table(), listing.lang).print(listing, spec.commandLine().getOut());
    return 0;
  }
}
