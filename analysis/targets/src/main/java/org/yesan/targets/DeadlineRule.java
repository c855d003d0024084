package org.yesan.targets;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal deadline for one event of the main budget, in force for a range of fiscal years: the
 * event must happen no later than {@code daysBefore} days before the fiscal year starts on 1
 * January (30 days before gives 2 December).
 */
public record DeadlineRule(
    CycleEventKind event,
    int fromYear,
    Optional<Integer> toYear,
    int daysBefore,
    String law,
    Source source,
    String note) {

  public DeadlineRule {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(toYear, "toYear");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
    if (daysBefore < 1 || daysBefore > 365) {
      throw new IllegalArgumentException("between 1 and 365 days before the year: " + daysBefore);
    }
    if (toYear.isPresent() && toYear.get() < fromYear) {
      throw new IllegalArgumentException("a range that ends after it starts: " + fromYear);
    }
    if (law == null || law.isBlank()) {
      throw new IllegalArgumentException("the law that sets the deadline");
    }
  }

  public boolean appliesTo(int fiscalYear) {
    return fiscalYear >= fromYear && toYear.map(t -> fiscalYear <= t).orElse(true);
  }

  /** The last day allowed for the event in that fiscal year. */
  public LocalDate deadline(int fiscalYear) {
    return LocalDate.of(fiscalYear, 1, 1).minusDays(daysBefore);
  }
}
