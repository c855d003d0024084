package org.yesan.cli;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.money.KoreanWonFormat;
import org.yesan.targets.Target;
import org.yesan.targets.TargetPoint;
import org.yesan.targets.TargetRegister;
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

  private static final KoreanWonFormat EXACT = KoreanWonFormat.exact();

  @Override
  public Integer call() {
    TargetRegister register = files.register();
    Amounts amounts = new Amounts(listing.lang, "KRW");
    boolean ko = listing.lang == Amounts.Lang.KO;
    Listing l = new Listing();
    if (points) {
      l.column("target", Listing.Kind.TEXT)
          .column("kind", Listing.Kind.TEXT)
          .column("date", Listing.Kind.TEXT)
          .column("value", Listing.Kind.AMOUNT)
          .column("unit", Listing.Kind.TEXT)
          .column("readable", Listing.Kind.READABLE)
          .column("publisher", Listing.Kind.TEXT)
          .column("source_date", Listing.Kind.TEXT)
          .column("source", Listing.Kind.TEXT)
          .column("note", Listing.Kind.TEXT);
    } else {
      l.column("target", Listing.Kind.TEXT)
          .column("label", Listing.Kind.TEXT)
          .column("unit", Listing.Kind.TEXT)
          .column("baseline", Listing.Kind.AMOUNT)
          .column("baseline_date", Listing.Kind.TEXT)
          .column("planned", Listing.Kind.AMOUNT)
          .column("goal", Listing.Kind.AMOUNT)
          .column("deadline", Listing.Kind.TEXT)
          .column("pct_of_goal", Listing.Kind.PERCENT)
          .column("reached_on_plan", Listing.Kind.TEXT)
          .column("funded_by", Listing.Kind.TEXT)
          .column("funding_year", Listing.Kind.TEXT)
          .column("funding", Listing.Kind.AMOUNT)
          .column("funding_readable", Listing.Kind.READABLE);
    }
    for (Target t : register.targets()) {
      if (id.isPresent() && !id.get().equals(t.id())) {
        continue;
      }
      if (points) {
        for (TargetPoint p : t.points()) {
          Optional<BigDecimal> won = p.won();
          l.row(
              t.id(),
              p.kind().code(),
              p.date().toString(),
              won.orElse(p.value()),
              won.isPresent() ? "KRW" : p.unit(),
              won.map(EXACT::format).orElse(null),
              p.source().publisher(),
              p.source().published().toString(),
              p.source().url(),
              p.note());
        }
        continue;
      }
      Optional<TargetPoint> funding =
          t.funding().isEmpty()
              ? Optional.empty()
              : Optional.of(t.funding().get(t.funding().size() - 1));
      l.row(
          t.id(),
          ko ? t.labelKo() : t.labelEn(),
          t.unit(),
          t.baseline().map(TargetPoint::value).orElse(null),
          t.baseline().map(p -> p.date().toString()).orElse(null),
          t.planned().orElse(null),
          t.goal().map(TargetPoint::value).orElse(null),
          t.deadline().map(Object::toString).orElse(null),
          t.percentOfGoal(1).orElse(null),
          t.goalReachedOnPlan().map(b -> b ? "yes" : "no").orElse(null),
          t.fundedBy().orElse(null),
          funding.map(p -> p.date().toString()).orElse(null),
          funding.flatMap(TargetPoint::won).orElse(null),
          funding
              .flatMap(TargetPoint::won)
              .map(ko ? EXACT::format : amounts::readable)
              .orElse(null));
    }
    if (id.isPresent() && l.rows().isEmpty()) {
      throw new IllegalArgumentException("no target with the id " + id.get());
    }
    l.print(listing.format, spec.commandLine().getOut());
    return 0;
  }
}
