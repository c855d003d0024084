package org.yesan.app.targets;

import java.util.Optional;
import org.yesan.query.QueryException;

/**
 * Which targets to list: one by {@code id} or all, as one row each or ({@code points}) one row per
 * dated figure with its source. Validated at construction.
 */
public record TargetRequest(Optional<String> id, boolean points) {

  public static final String ID = "id";
  public static final String POINTS = "points";

  public TargetRequest {
    if (id.isPresent() && id.get().isBlank()) {
      throw new QueryException(ID, 0, "expected a target's id, found nothing");
    }
  }
}
