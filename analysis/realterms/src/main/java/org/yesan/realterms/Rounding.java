package org.yesan.realterms;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a converted figure is rounded: to {@code scale} decimal places of the result currency with
 * {@code mode}; the default is whole units (whole won, whole dollars), HALF_EVEN.
 */
public record Rounding(int scale, RoundingMode mode) {

  /** Whole units, ties to the even neighbour: unbiased over many cells. */
  public static final Rounding WHOLE_UNITS = new Rounding(0, RoundingMode.HALF_EVEN);

  public Rounding {
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException(
          "deflator and rate ratios rarely terminate; name a rounding mode other than UNNECESSARY");
    }
    if (scale < 0 || scale > 12) {
      throw new IllegalArgumentException("rounding scale must be 0 to 12, found " + scale);
    }
  }

  /** The largest difference rounding can make: half a unit of the last place, or a whole one. */
  public BigDecimal maxError() {
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    return switch (mode) {
      case HALF_EVEN, HALF_UP, HALF_DOWN -> unit.divide(BigDecimal.valueOf(2));
      default -> unit;
    };
  }

  /** {@code rounded to whole units, HALF_EVEN} or {@code rounded to 2 decimal places, HALF_UP}. */
  public String describe() {
    String to = scale == 0 ? "whole units" : scale + " decimal place" + (scale == 1 ? "" : "s");
    return "rounded to " + to + ", " + mode;
  }
}
