package org.yesan.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated figure of a target: where it started ({@code baseline}), where it must get to ({@code
 * goal}), a planned step ({@code planned_addition}), a measured level ({@code progress}) or the
 * money behind it ({@code funding}, in trillion won as written), each with its source.
 */
public record TargetPoint(
    String target,
    Kind kind,
    LooseDate date,
    BigDecimal value,
    String unit,
    Source source,
    String note) {

  /** What the figure says about the target. */
  public enum Kind {
    BASELINE,
    GOAL,
    PLANNED_ADDITION,
    PROGRESS,
    FUNDING;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> parse(String code) {
      for (Kind k : values()) {
        if (k.code().equals(code)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /** The unit a funding figure is written in. */
  public static final String TRILLION_WON = "trillion KRW";

  private static final BigDecimal JO = BigDecimal.TEN.pow(12);

  public TargetPoint {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
    if (value.signum() < 0) {
      throw new IllegalArgumentException("a non-negative figure: " + value);
    }
    if (kind == Kind.FUNDING && !TRILLION_WON.equals(unit)) {
      throw new IllegalArgumentException("funding in " + TRILLION_WON + ": " + unit);
    }
    if (kind == Kind.FUNDING && value.multiply(JO).stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("funding that is a whole number of won: " + value);
    }
  }

  /** A funding figure in won; empty for the other kinds. */
  public Optional<BigDecimal> won() {
    // exact by construction: the constructor rejects a fraction of a won
    return kind == Kind.FUNDING
        ? Optional.of(value.multiply(JO).setScale(0, RoundingMode.UNNECESSARY))
        : Optional.empty();
  }
}
