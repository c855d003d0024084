package org.yesan.claims;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How to check a text: the date to count relative years from (else the text's own), and the one
 * dataset to check against (else every dataset in the store that has the subject).
 */
public record CheckOptions(Optional<LocalDate> date, Optional<String> dataset) {

  /** The text's own date, every dataset. */
  public static CheckOptions defaults() {
    return new CheckOptions(Optional.empty(), Optional.empty());
  }

  public CheckOptions withDate(LocalDate d) {
    return new CheckOptions(Optional.of(d), dataset);
  }

  public CheckOptions withDataset(String name) {
    return new CheckOptions(date, Optional.of(name));
  }
}
