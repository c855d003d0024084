package org.yesan.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The closed range of exact amounts that a rounded figure can stand for: {@code 66.3조원}, stated to
 * 0.1조, stands for [66.25조, 66.35조].
 *
 * <p>Both ends are included because the text does not say which half-rounding its writer used:
 * under HALF_UP 66.25조 prints as 66.3조, under HALF_DOWN 66.35조 does. Use {@link
 * ParsedAmount#isRoundingOf} when the rounding mode is known.
 */
public record PrecisionInterval(BigDecimal low, BigDecimal high) {

  public PrecisionInterval {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException("empty interval [" + low + ", " + high + "]");
    }
  }

  /** Whether {@code amount} lies in [low, high]. */
  public boolean contains(BigDecimal amount) {
    return low.compareTo(amount) <= 0 && amount.compareTo(high) <= 0;
  }

  /** high − low: the step of the last stated digit. */
  public BigDecimal width() {
    return high.subtract(low);
  }

  @Override
  public String toString() {
    return "[" + low.toPlainString() + ", " + high.toPlainString() + "]";
  }
}
