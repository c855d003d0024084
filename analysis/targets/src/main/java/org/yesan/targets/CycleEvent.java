package org.yesan.targets;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One dated event of a fiscal year's budget: {@code budget} is {@code main} for the annual budget
 * or {@code supplementary_N} for the Nth supplementary budget of that year.
 */
public record CycleEvent(
    int fiscalYear,
    String budget,
    CycleEventKind kind,
    LocalDate date,
    Source source,
    String note) {

  private static final Pattern BUDGET = Pattern.compile("main|supplementary_[1-9]\\d*");

  public CycleEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
    if (budget == null || !BUDGET.matcher(budget).matches()) {
      throw new IllegalArgumentException("main or supplementary_N: " + budget);
    }
    if (fiscalYear < 1948 || fiscalYear > 2100) {
      throw new IllegalArgumentException("a fiscal year: " + fiscalYear);
    }
  }

  public boolean isMain() {
    return budget.equals("main");
  }
}
