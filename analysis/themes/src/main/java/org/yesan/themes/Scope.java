package org.yesan.themes;

import java.util.Optional;
import org.yesan.model.Measure;

/** Which measures a theme applies to: spending, revenue, or both. */
public enum Scope {
  EXPENDITURE("expenditure"),
  REVENUE("revenue"),
  ANY("any");

  private final String id;

  Scope(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Scope> byId(String id) {
    for (Scope s : values()) {
      if (s.id.equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether lines of this measure are in scope. */
  public boolean covers(Measure m) {
    return switch (this) {
      case EXPENDITURE -> m.direction() == Measure.Direction.EXPENDITURE;
      case REVENUE -> m.direction() == Measure.Direction.REVENUE;
      case ANY -> true;
    };
  }
}
