package org.yesan.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.targets.CycleRequest;
import org.yesan.app.targets.CycleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code yesan cycle}: each fiscal year's budget events against their legal deadlines. */
@Command(
    name = "cycle",
    mixinStandardHelpOptions = true,
    description = {
      "The budget cycle: Cabinet approval, submission to the Assembly, the budget address and"
          + " passage of each year's budget and supplementaries, with the legal deadlines"
          + " (submission: National Finance Act art. 33, 90 days before the fiscal year until"
          + " FY2014, then 100, 110 and from FY2017 120; passage: Constitution art. 54, 30 days"
          + " before, i.e. 2 December) met or missed by how many days.",
      "A deadline whose event date is not in the data shows as unknown, never as met."
    })
final class CycleCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Mixin TargetFileOption files;

  @Option(names = "--year", description = "Only this fiscal year.")
  Optional<Integer> year = Optional.empty();

  @Override
  public Integer call() {
    CycleTable cycles = CycleTable.of(files.register(), new CycleRequest(year));
    PrintWriter out = spec.commandLine().getOut();
    Listing.of(cycles.table(), listing.lang).print(listing, out);
    if (listing.format == OutputFormat.TABLE && year.isPresent()) {
      int fy = year.get();
      cycles
          .yearsSinceLastOnTimePassage(fy)
          .ifPresent(
              n ->
                  out.println(
                      "Before FY"
                          + fy
                          + ", the last budget passed by its legal deadline was FY"
                          + (fy - n)
                          + " ("
                          + n
                          + " years earlier)."));
      out.flush();
    }
    return 0;
  }
}
