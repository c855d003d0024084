package org.yesan.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The budget cycles of many fiscal years and the deadline rules that applied to them. */
public final class CycleCalendar {

  private final SortedMap<Integer, BudgetCycle> cycles = new TreeMap<>();
  private final List<DeadlineRule> rules;

  public CycleCalendar(List<CycleEvent> events, List<DeadlineRule> rules) {
    this.rules = List.copyOf(rules);
    SortedMap<Integer, List<CycleEvent>> byYear = new TreeMap<>();
    for (CycleEvent e : events) {
      byYear.computeIfAbsent(e.fiscalYear(), y -> new ArrayList<>()).add(e);
    }
    byYear.forEach((y, es) -> cycles.put(y, new BudgetCycle(y, es, this.rules)));
  }

  public List<BudgetCycle> cycles() {
    return List.copyOf(cycles.values());
  }

  public Optional<BudgetCycle> cycle(int fiscalYear) {
    return Optional.ofNullable(cycles.get(fiscalYear));
  }

  public List<DeadlineRule> rules() {
    return rules;
  }

  /**
   * How many fiscal years back the last one whose deadline for {@code kind} was met lies, looking
   * only at years before {@code fiscalYear}; empty when no earlier year in the data met it or when
   * an earlier year's outcome is unknown before a met year is found (the count would be a guess).
   */
  public Optional<Integer> yearsSinceLastMet(CycleEventKind kind, int fiscalYear) {
    for (int y = fiscalYear - 1; ; y--) {
      Optional<BudgetCycle> c = cycle(y);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      Optional<DeadlineCheck> check = c.get().deadline(kind);
      if (check.isEmpty() || check.get().outcome() == DeadlineCheck.Outcome.UNKNOWN) {
        return Optional.empty();
      }
      if (check.get().outcome() == DeadlineCheck.Outcome.MET) {
        return Optional.of(fiscalYear - y);
      }
    }
  }
}
