package org.yesan.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One fiscal year's budget calendar: the dated events of its main and supplementary budgets, and
 * the main budget's legal deadlines checked against them.
 */
public record BudgetCycle(int fiscalYear, List<CycleEvent> events, List<DeadlineRule> rules) {

  public BudgetCycle {
    events =
        events.stream()
            .sorted(Comparator.comparing(CycleEvent::date).thenComparing(CycleEvent::kind))
            .toList();
    rules = List.copyOf(rules);
    for (CycleEvent e : events) {
      if (e.fiscalYear() != fiscalYear) {
        throw new IllegalArgumentException(
            "an event of fiscal year " + e.fiscalYear() + " in the cycle of " + fiscalYear);
      }
    }
  }

  /** The main budget's event of a kind, if the data hold its date. */
  public Optional<CycleEvent> main(CycleEventKind kind) {
    return events.stream().filter(e -> e.isMain() && e.kind() == kind).findFirst();
  }

  /** The supplementary budgets' names in order: supplementary_1, supplementary_2, … */
  public List<String> supplementaries() {
    return events.stream()
        .map(CycleEvent::budget)
        .filter(b -> !b.equals("main"))
        .distinct()
        .sorted(Comparator.comparingInt(b -> Integer.parseInt(b.substring(b.indexOf('_') + 1))))
        .toList();
  }

  /** A supplementary budget's event of a kind, if the data hold its date. */
  public Optional<CycleEvent> supplementary(String budget, CycleEventKind kind) {
    return events.stream().filter(e -> e.budget().equals(budget) && e.kind() == kind).findFirst();
  }

  /** Every legal deadline of the main budget in force that year, checked. */
  public List<DeadlineCheck> deadlines() {
    List<DeadlineCheck> checks = new ArrayList<>();
    for (DeadlineRule r : rules) {
      if (r.appliesTo(fiscalYear)) {
        checks.add(new DeadlineCheck(fiscalYear, r, r.deadline(fiscalYear), main(r.event())));
      }
    }
    return checks;
  }

  /** The check of one event's deadline, if a rule covers it that year. */
  public Optional<DeadlineCheck> deadline(CycleEventKind kind) {
    return deadlines().stream().filter(c -> c.rule().event() == kind).findFirst();
  }
}
