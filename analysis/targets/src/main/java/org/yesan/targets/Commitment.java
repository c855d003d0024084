package org.yesan.targets;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A promise: what was said (in Yesan's words), who said it and when, by when, and its status
 * history, each change dated and sourced.
 */
public record Commitment(
    String id,
    String statementKo,
    String statementEn,
    String madeBy,
    LooseDate madeOn,
    Optional<LooseDate> deadline,
    Source source,
    String note,
    List<StatusChange> history) {

  public Commitment {
    Objects.requireNonNull(madeOn, "madeOn");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
    history = history.stream().sorted(Comparator.comparing(StatusChange::date)).toList();
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("an id of lower-case letters, digits and dashes: " + id);
    }
    if (madeBy == null || madeBy.isBlank()) {
      throw new IllegalArgumentException("who made the commitment " + id);
    }
    for (int i = 1; i < history.size(); i++) {
      if (history.get(i - 1).status().closed()
          && history.get(i).status() != history.get(i - 1).status()) {
        throw new IllegalArgumentException(
            "no new status after " + history.get(i - 1).status().code() + ": " + id);
      }
    }
  }

  /** The latest status, if any evidence is recorded. */
  public Optional<StatusChange> current() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /** The status as of a day: the latest change on or before it. */
  public Optional<StatusChange> statusOn(LocalDate day) {
    StatusChange found = null;
    for (StatusChange c : history) {
      if (!c.date().isAfter(day)) {
        found = c;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * For a met commitment with a deadline: days from the deadline's last day to the day it was met
   * (0 or less: on time); empty otherwise.
   */
  public Optional<Long> daysLate() {
    return current()
        .filter(c -> c.status() == CommitmentStatus.MET)
        .flatMap(
            c -> deadline.map(d -> java.time.temporal.ChronoUnit.DAYS.between(d.last(), c.date())));
  }

  /** Whether the deadline has passed by {@code day} with the commitment still open. */
  public boolean overdueOn(LocalDate day) {
    boolean open = statusOn(day).map(c -> !c.status().closed()).orElse(true);
    return open && deadline.map(d -> day.isAfter(d.last())).orElse(false);
  }
}
