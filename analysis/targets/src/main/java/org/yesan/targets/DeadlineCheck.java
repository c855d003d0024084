package org.yesan.targets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal deadline set against what happened: met or missed by so many days, or unknown when the
 * data hold no date for the event (never counted as met).
 */
public record DeadlineCheck(
    int fiscalYear, DeadlineRule rule, LocalDate deadline, Optional<CycleEvent> event) {

  /** Whether the deadline was kept. */
  public enum Outcome {
    MET,
    MISSED,
    UNKNOWN
  }

  public DeadlineCheck {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(event, "event");
  }

  public Outcome outcome() {
    return event
        .map(e -> e.date().isAfter(deadline) ? Outcome.MISSED : Outcome.MET)
        .orElse(Outcome.UNKNOWN);
  }

  /**
   * Days after the deadline (positive when missed), or before it (negative or zero when met); empty
   * when the event's date is unknown.
   */
  public Optional<Long> daysLate() {
    return event.map(e -> ChronoUnit.DAYS.between(deadline, e.date()));
  }
}
