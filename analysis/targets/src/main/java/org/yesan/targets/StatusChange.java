package org.yesan.targets;

import java.time.LocalDate;
import java.util.Objects;

/** A commitment's status as of a date, with the evidence in Yesan's words and its source. */
public record StatusChange(
    String commitment, LocalDate date, CommitmentStatus status, String evidence, Source source) {

  public StatusChange {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    if (evidence == null || evidence.isBlank()) {
      throw new IllegalArgumentException("evidence for the status " + status.code());
    }
  }
}
