package org.yesan.app.targets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.ResultTable;
import org.yesan.query.QueryException;
import org.yesan.targets.BudgetCycle;
import org.yesan.targets.CycleEvent;
import org.yesan.targets.CycleEventKind;
import org.yesan.targets.DeadlineCheck;
import org.yesan.targets.TargetRegister;

/**
 * The budget cycles asked for: each year's dated events against their legal deadlines, met or
 * missed by how many days, and a deadline whose event is not in the data as unknown, never as met.
 * The one answer of {@code yesan cycle} and {@code GET /api/v1/cycle}.
 */
public record CycleTable(TargetRegister register, List<BudgetCycle> cycles) {

  public CycleTable {
    cycles = List.copyOf(cycles);
  }

  /** The cycles the request names; a year the data lack is a query error. */
  public static CycleTable of(TargetRegister register, CycleRequest request) {
    List<BudgetCycle> chosen =
        register.calendar().cycles().stream()
            .filter(c -> request.year().map(y -> y == c.fiscalYear()).orElse(true))
            .toList();
    if (request.year().isPresent() && chosen.isEmpty()) {
      throw new QueryException(
          CycleRequest.YEAR,
          0,
          "no budget cycle in the data for fiscal year " + request.year().get());
    }
    return new CycleTable(register, chosen);
  }

  /** Years from the last budget passed by its legal deadline before {@code fiscalYear}, if any. */
  public Optional<Integer> yearsSinceLastOnTimePassage(int fiscalYear) {
    return register.calendar().yearsSinceLastMet(CycleEventKind.PASSAGE, fiscalYear);
  }

  /** One row per event, and one per legal deadline whose event is not in the data. */
  public ResultTable table() {
    ResultTable t =
        new ResultTable(
            new Column("fiscal_year", Column.Kind.YEAR),
            new Column("budget", Column.Kind.TEXT),
            new Column("event", Column.Kind.TEXT),
            new Column("date", Column.Kind.TEXT),
            new Column("deadline", Column.Kind.TEXT),
            new Column("days_late", Column.Kind.COUNT),
            new Column("outcome", Column.Kind.TEXT),
            new Column("law", Column.Kind.TEXT),
            new Column("publisher", Column.Kind.TEXT),
            new Column("source", Column.Kind.TEXT));
    for (BudgetCycle c : cycles) {
      for (CycleEvent e : c.events()) {
        Optional<DeadlineCheck> check = e.isMain() ? c.deadline(e.kind()) : Optional.empty();
        row(t, c.fiscalYear(), e.budget(), e.kind(), Optional.of(e), check);
      }
      for (DeadlineCheck d : c.deadlines()) {
        if (d.event().isEmpty()) {
          row(t, c.fiscalYear(), "main", d.rule().event(), Optional.empty(), Optional.of(d));
        }
      }
    }
    return t;
  }

  /** How an outcome is written: {@code met}, {@code missed}, {@code unknown}. */
  public static String outcome(DeadlineCheck d) {
    return d.outcome().name().toLowerCase(Locale.ROOT);
  }

  private static void row(
      ResultTable t,
      int fiscalYear,
      String budget,
      CycleEventKind kind,
      Optional<CycleEvent> event,
      Optional<DeadlineCheck> check) {
    t.row(
        fiscalYear,
        budget,
        kind.code(),
        event.map(e -> e.date().toString()),
        check.map(d -> d.deadline().toString()),
        check.flatMap(DeadlineCheck::daysLate),
        check.map(CycleTable::outcome),
        check.map(d -> d.rule().law()),
        event.map(e -> e.source().publisher()),
        event.map(e -> e.source().url()));
  }
}
