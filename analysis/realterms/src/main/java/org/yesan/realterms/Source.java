package org.yesan.realterms;

import java.util.Optional;

/**
 * Where one published value was seen: the page's address, its title, the date the page carries
 * (empty when the page shows none) and the compiler's note.
 */
public record Source(String url, String title, Optional<String> date, Optional<String> note) {

  /** The source as it is cited after a converted figure: title, address and date. */
  public String citation() {
    StringBuilder b = new StringBuilder();
    if (!title.isEmpty()) {
      b.append(title).append(", ");
    }
    b.append(url).append(", ").append(date.orElse("undated"));
    return b.toString();
  }
}
