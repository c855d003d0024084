package org.yesan.app.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.Reading;
import org.yesan.app.table.ResultTable;
import org.yesan.money.KoreanWonFormat;
import org.yesan.targets.Target;
import org.yesan.targets.TargetPoint;
import org.yesan.targets.TargetRegister;

/**
 * The targets asked for, with where each stands: the one answer of {@code yesan targets} and {@code
 * GET /api/v1/targets}. Percent of goal is the latest level over the goal, rounded once to 1 place,
 * HALF_UP.
 */
public record TargetTable(TargetRequest request, List<Target> targets) {

  private static final KoreanWonFormat EXACT = KoreanWonFormat.exact();
  private static final ReadableAmount WON = new ReadableAmount("KRW");

  public TargetTable {
    targets = List.copyOf(targets);
  }

  /** The register's targets the request names; an id the register lacks is a query error. */
  public static TargetTable of(TargetRegister register, TargetRequest request) {
    List<Target> chosen = ChosenById.of(register.targets(), Target::id, request.id(), "target");
    return new TargetTable(request, chosen);
  }

  /** Won in both languages: the exact Korean form (2조 1,087억원) and the compact English one. */
  static Reading exactReading(BigDecimal won) {
    return new Reading(EXACT.format(won), WON.english(won));
  }

  /** One row per target, or per dated figure when the request asks for points. */
  public ResultTable table() {
    return request.points() ? points() : summary();
  }

  private ResultTable summary() {
    ResultTable t =
        new ResultTable(
            new Column("target", Column.Kind.TEXT),
            new Column("label", Column.Kind.READINGS),
            new Column("unit", Column.Kind.TEXT),
            new Column("baseline", Column.Kind.AMOUNT),
            new Column("baseline_date", Column.Kind.TEXT),
            new Column("latest", Column.Kind.AMOUNT),
            new Column("planned", Column.Kind.AMOUNT),
            new Column("goal", Column.Kind.AMOUNT),
            new Column("deadline", Column.Kind.TEXT),
            new Column("pct_of_goal", Column.Kind.PERCENT),
            new Column("reached_on_plan", Column.Kind.TEXT),
            new Column("funded_by", Column.Kind.TEXT),
            new Column("funding_year", Column.Kind.TEXT),
            new Column("funding", Column.Kind.AMOUNT),
            new Column("funding_readable", Column.Kind.READINGS));
    for (Target target : targets) {
      Optional<TargetPoint> funding =
          target.funding().isEmpty()
              ? Optional.empty()
              : Optional.of(target.funding().get(target.funding().size() - 1));
      Optional<BigDecimal> won = funding.flatMap(TargetPoint::won);
      t.row(
          target.id(),
          new Reading(target.labelKo(), target.labelEn()),
          target.unit(),
          target.baseline().map(TargetPoint::value),
          target.baseline().map(p -> p.date().toString()),
          target.latest().map(TargetPoint::value),
          target.planned(),
          target.goal().map(TargetPoint::value),
          target.deadline().map(Object::toString),
          target.percentOfGoal(1),
          target.goalReachedOnPlan().map(b -> b ? "yes" : "no"),
          target.fundedBy(),
          funding.map(p -> p.date().toString()),
          won,
          won.map(TargetTable::exactReading));
    }
    return t;
  }

  private ResultTable points() {
    ResultTable t =
        new ResultTable(
            new Column("target", Column.Kind.TEXT),
            new Column("kind", Column.Kind.TEXT),
            new Column("date", Column.Kind.TEXT),
            new Column("value", Column.Kind.AMOUNT),
            new Column("unit", Column.Kind.TEXT),
            new Column("readable", Column.Kind.READINGS),
            new Column("publisher", Column.Kind.TEXT),
            new Column("source_date", Column.Kind.TEXT),
            new Column("source", Column.Kind.TEXT),
            new Column("note", Column.Kind.TEXT));
    for (Target target : targets) {
      for (TargetPoint p : target.points()) {
        Optional<BigDecimal> won = p.won();
        t.row(
            target.id(),
            p.kind().code(),
            p.date().toString(),
            won.orElse(p.value()),
            won.isPresent() ? "KRW" : p.unit(),
            won.map(TargetTable::exactReading),
            p.source().publisher(),
            p.source().published().toString(),
            p.source().url(),
            p.note());
      }
    }
    return t;
  }
}
