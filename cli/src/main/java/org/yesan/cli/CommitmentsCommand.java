package org.yesan.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.targets.Commitment;
import org.yesan.targets.StatusChange;
import org.yesan.targets.TargetRegister;
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
  Optional<LocalDate> asOf = Optional.empty();

  @Override
  public Integer call() {
    TargetRegister register = files.register();
    boolean ko = listing.lang == Amounts.Lang.KO;
    LocalDate day = asOf.orElse(LocalDate.now());
    Listing l = new Listing().column("commitment", Listing.Kind.TEXT);
    if (history) {
      l.column("date", Listing.Kind.TEXT)
          .column("status", Listing.Kind.TEXT)
          .column("evidence", Listing.Kind.TEXT)
          .column("publisher", Listing.Kind.TEXT)
          .column("source_date", Listing.Kind.TEXT)
          .column("source", Listing.Kind.TEXT);
    } else {
      l.column("statement", Listing.Kind.TEXT)
          .column("made_by", Listing.Kind.TEXT)
          .column("made_on", Listing.Kind.TEXT)
          .column("deadline", Listing.Kind.TEXT)
          .column("status", Listing.Kind.TEXT)
          .column("status_date", Listing.Kind.TEXT)
          .column("overdue", Listing.Kind.TEXT)
          .column("days_late", Listing.Kind.COUNT)
          .column("evidence", Listing.Kind.TEXT)
          .column("source", Listing.Kind.TEXT);
    }
    for (Commitment c : register.commitments()) {
      if (id.isPresent() && !id.get().equals(c.id())) {
        continue;
      }
      if (history) {
        for (StatusChange s : c.history()) {
          l.row(
              c.id(),
              s.date().toString(),
              s.status().code(),
              s.evidence(),
              s.source().publisher(),
              s.source().published().toString(),
              s.source().url());
        }
        continue;
      }
      Optional<StatusChange> now = c.statusOn(day);
      l.row(
          c.id(),
          ko ? c.statementKo() : c.statementEn(),
          c.madeBy(),
          c.madeOn().toString(),
          c.deadline().map(Object::toString).orElse(null),
          now.map(s -> s.status().code()).orElse(null),
          now.map(s -> s.date().toString()).orElse(null),
          c.overdueOn(day) ? "yes" : "no",
          c.daysLate().orElse(null),
          now.map(StatusChange::evidence).orElse(null),
          now.map(s -> s.source().url()).orElse(c.source().url()));
    }
    if (id.isPresent() && l.rows().isEmpty()) {
      throw new IllegalArgumentException("no commitment with the id " + id.get());
    }
    l.print(listing.format, spec.commandLine().getOut());
    return 0;
  }
}
