package org.yesan.app.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.yesan.claims.CheckOptions;
import org.yesan.query.QueryException;

/**
 * A text to check, with the date its relative years count from and the dataset to check against
 * (default: the text's own date, every dataset); validated at construction.
 */
public record CheckRequest(String text, CheckOptions options) {

  /** The parameter naming the text's date, {@code date}. */
  public static final String DATE = "date";

  /** The parameter naming the one dataset to check against, {@code dataset}. */
  public static final String DATASET = "dataset";

  /** The text, which the API takes as the request body. */
  public static final String TEXT = "body";

  /** Longer texts are refused: a speech is some 30,000 characters. */
  public static final int MAX_TEXT = 200_000;

  public CheckRequest {
    if (text.isBlank()) {
      throw new QueryException(TEXT, 0, "expected the text to check, found nothing");
    }
    if (text.length() > MAX_TEXT) {
      throw new QueryException(
          TEXT, 0, "text is " + text.length() + " characters; the limit is " + MAX_TEXT);
    }
  }

  /** From the texts both edges take: the date as {@code 2025-09-02}. */
  public static CheckRequest of(String text, Optional<String> date, Optional<String> dataset) {
    CheckOptions options = CheckOptions.defaults();
    if (date.isPresent()) {
      try {
        options = options.withDate(LocalDate.parse(date.get().strip()));
      } catch (DateTimeParseException e) {
        throw new QueryException(
            DATE, 0, "expected a date such as 2025-09-02, found '" + date.get() + "'");
      }
    }
    if (dataset.isPresent()) {
      options = options.withDataset(dataset.get());
    }
    return new CheckRequest(text, options);
  }
}
