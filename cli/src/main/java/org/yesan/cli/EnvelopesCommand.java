package org.yesan.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.targets.EnvelopeRequest;
import org.yesan.app.targets.EnvelopeTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code yesan envelopes}: published annual amounts of each envelope, or multi-year progress. */
@Command(
    name = "envelopes",
    mixinStandardHelpOptions = true,
    description = {
      "Envelopes (the AI budget, R&D, the 150조원 growth fund): every published annual amount with"
          + " its stage, basis and source, and how many times the previous year's final"
          + " appropriation it is (rounded once to 2 places, HALF_UP).",
      "--progress: multi-year envelopes filled up to --year (default: the last year with an"
          + " amount), one figure per year (the most final stage), what is left, and the"
          + " shortfall against an even spread of the total over its years (an assumption; the"
          + " sources publish no annual schedule)."
    })
final class EnvelopesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Mixin TargetFileOption files;

  @Option(names = "--id", description = "Only this envelope.")
  Optional<String> id = Optional.empty();

  @Option(names = "--progress", description = "Progress of the multi-year envelopes.")
  boolean progress;

  @Option(names = "--year", description = "With --progress: count amounts up to this year.")
  Optional<Integer> year = Optional.empty();

  @Override
  public Integer call() {
    EnvelopeTable envelopes =
        EnvelopeTable.of(files.register(), new EnvelopeRequest(id, progress, year));
    PrintWriter out = spec.commandLine().getOut();
    Listing.of(envelopes.table(), listing.lang).print(listing, out);
    if (progress && listing.format == OutputFormat.TABLE) {
      out.println("even_spread: " + EnvelopeTable.SCHEDULE_NOTE);
      out.flush();
    }
    return 0;
  }
}
