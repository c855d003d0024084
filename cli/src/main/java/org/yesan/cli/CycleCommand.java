package org.yesan.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.targets.BudgetCycle;
import org.yesan.targets.CycleEvent;
import org.yesan.targets.CycleEventKind;
import org.yesan.targets.DeadlineCheck;
import org.yesan.targets.TargetRegister;
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
    TargetRegister register = files.register();
    Listing l =
        new Listing()
            .column("fiscal_year", Listing.Kind.TEXT)
            .column("budget", Listing.Kind.TEXT)
            .column("event", Listing.Kind.TEXT)
            .column("date", Listing.Kind.TEXT)
            .column("deadline", Listing.Kind.TEXT)
            .column("days_late", Listing.Kind.COUNT)
            .column("outcome", Listing.Kind.TEXT)
            .column("law", Listing.Kind.TEXT)
            .column("publisher", Listing.Kind.TEXT)
            .column("source", Listing.Kind.TEXT);
    for (BudgetCycle c : register.calendar().cycles()) {
      if (year.isPresent() && year.get() != c.fiscalYear()) {
        continue;
      }
      for (CycleEvent e : c.events()) {
        Optional<DeadlineCheck> check =
            e.isMain() ? c.deadline(e.kind()) : Optional.<DeadlineCheck>empty();
        row(l, c.fiscalYear(), e.budget(), e.kind(), Optional.of(e), check);
      }
      for (DeadlineCheck d : c.deadlines()) {
        if (d.event().isEmpty()) {
          row(l, c.fiscalYear(), "main", d.rule().event(), Optional.empty(), Optional.of(d));
        }
      }
    }
    if (year.isPresent() && l.rows().isEmpty()) {
      throw new IllegalArgumentException(
          "no budget cycle in the data for fiscal year " + year.get());
    }
    PrintWriter out = spec.commandLine().getOut();
    l.print(listing.format, out);
    if (listing.format == OutputFormat.TABLE) {
      year.ifPresent(y -> streak(register, y, out));
    }
    return 0;
  }

  private static void row(
      Listing l,
      int fy,
      String budget,
      CycleEventKind kind,
      Optional<CycleEvent> event,
      Optional<DeadlineCheck> check) {
    l.row(
        Integer.toString(fy),
        budget,
        kind.code(),
        event.map(e -> e.date().toString()).orElse(null),
        check.map(d -> d.deadline().toString()).orElse(null),
        check.flatMap(DeadlineCheck::daysLate).orElse(null),
        check.map(d -> d.outcome().name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
        check.map(d -> d.rule().law()).orElse(null),
        event.map(e -> e.source().publisher()).orElse(null),
        event.map(e -> e.source().url()).orElse(null));
  }

  private static void streak(TargetRegister register, int fy, PrintWriter out) {
    register
        .calendar()
        .yearsSinceLastMet(CycleEventKind.PASSAGE, fy)
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
}
