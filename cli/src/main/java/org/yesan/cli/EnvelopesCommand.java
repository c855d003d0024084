package org.yesan.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.targets.Envelope;
import org.yesan.targets.EnvelopeAmount;
import org.yesan.targets.EnvelopeProgress;
import org.yesan.targets.TargetRegister;
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
    TargetRegister register = files.register();
    Amounts amounts = new Amounts(listing.lang, "KRW");
    boolean ko = listing.lang == Amounts.Lang.KO;
    Listing l = new Listing().column("envelope", Listing.Kind.TEXT);
    if (progress) {
      l.column("label", Listing.Kind.TEXT)
          .column("period", Listing.Kind.TEXT)
          .column("total", Listing.Kind.AMOUNT)
          .column("total_readable", Listing.Kind.READABLE)
          .column("basis", Listing.Kind.TEXT)
          .column("as_of", Listing.Kind.TEXT)
          .column("filled", Listing.Kind.AMOUNT)
          .column("filled_readable", Listing.Kind.READABLE)
          .column("at_least", Listing.Kind.TEXT)
          .column("left", Listing.Kind.AMOUNT)
          .column("even_spread", Listing.Kind.AMOUNT)
          .column("behind_schedule", Listing.Kind.AMOUNT)
          .column("behind_readable", Listing.Kind.READABLE);
    } else {
      l.column("label", Listing.Kind.TEXT)
          .column("fiscal_year", Listing.Kind.TEXT)
          .column("stage", Listing.Kind.TEXT)
          .column("basis", Listing.Kind.TEXT)
          .column("amount", Listing.Kind.AMOUNT)
          .column("readable", Listing.Kind.READABLE)
          .column("bound", Listing.Kind.TEXT)
          .column("times_prior_year", Listing.Kind.PERCENT)
          .column("publisher", Listing.Kind.TEXT)
          .column("source_date", Listing.Kind.TEXT)
          .column("source", Listing.Kind.TEXT);
    }
    for (Envelope e : register.envelopes()) {
      if (id.isPresent() && !id.get().equals(e.id())) {
        continue;
      }
      String label = ko ? e.labelKo() : e.labelEn();
      if (progress) {
        if (!e.multiYear()) {
          continue;
        }
        for (String basis : new String[] {"appropriation", "deployment"}) {
          int asOf = year.orElse(e.lastYear().orElseThrow());
          EnvelopeProgress p = e.progress(basis, asOf);
          if (p.counted().isEmpty()) {
            continue;
          }
          l.row(
              e.id(),
              label,
              e.fromYear().get() + "–" + e.toYear().get(),
              e.total().get(),
              amounts.readable(e.total().get()),
              basis,
              Integer.toString(asOf),
              p.filled(),
              amounts.readable(p.filled()),
              p.atLeast() ? "yes" : "no",
              p.left().orElse(null),
              p.evenSpreadByYear().orElse(null),
              p.behindSchedule().orElse(null),
              p.behindSchedule().map(amounts::readable).orElse(null));
        }
        continue;
      }
      for (EnvelopeAmount a : e.amounts()) {
        l.row(
            e.id(),
            label,
            Integer.toString(a.fiscalYear()),
            a.stage(),
            a.basis(),
            a.won(),
            amounts.readable(a.won()),
            a.atLeast() ? "at_least" : "exact",
            e.timesPriorYear(a, 2).orElse(null),
            a.source().publisher(),
            a.source().published().toString(),
            a.source().url());
      }
    }
    if (id.isPresent() && l.rows().isEmpty()) {
      throw new IllegalArgumentException("no envelope with the id " + id.get());
    }
    l.print(listing.format, spec.commandLine().getOut());
    return 0;
  }
}
