package org.yesan.app.targets;

import java.util.Optional;
import org.yesan.query.QueryException;

/**
 * Which envelopes to list: one by {@code id} or all; their published annual amounts (of {@code
 * year} only, when given) or ({@code progress}) the multi-year ones filled up to {@code year}
 * (default: each envelope's last year with an amount). Validated at construction.
 */
public record EnvelopeRequest(Optional<String> id, boolean progress, Optional<Integer> year) {

  public static final String ID = "id";
  public static final String PROGRESS = "progress";
  public static final String YEAR = "year";

  public EnvelopeRequest {
    if (id.isPresent() && id.get().isBlank()) {
      throw new QueryException(ID, 0, "expected an envelope's id, found nothing");
    }
    if (year.isPresent() && (year.get() < 1900 || year.get() > 2200)) {
      throw new QueryException(YEAR, 0, "expected a fiscal year, found " + year.get());
    }
  }
}
