package org.yesan.app.targets;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.yesan.query.QueryException;

/**
 * Which commitments to list: one by {@code id} or all, each with its status on {@code asOf}, or
 * ({@code history}) one row per dated status change. Validated at construction.
 */
public record CommitmentRequest(Optional<String> id, boolean history, LocalDate asOf) {

  public static final String ID = "id";
  public static final String HISTORY = "history";
  public static final String AS_OF = "as_of";

  public CommitmentRequest {
    if (id.isPresent() && id.get().isBlank()) {
      throw new QueryException(ID, 0, "expected a commitment's id, found nothing");
    }
  }

  /** The day {@code text} names (yyyy-mm-dd), or today when there is none; else a query error. */
  public static LocalDate day(Optional<String> text) {
    if (text.isEmpty()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(text.get().strip());
    } catch (DateTimeParseException e) {
      throw new QueryException(
          AS_OF, 0, "expected a date as yyyy-mm-dd, found '" + text.get() + "'");
    }
  }
}
