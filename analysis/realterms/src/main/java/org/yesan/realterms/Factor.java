package org.yesan.realterms;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact ratio {@code numerator / denominator} of published values (e.g. {@code 100.00/104.25});
 * kept as a fraction so that a conversion rounds exactly once, at the end.
 */
public record Factor(BigDecimal numerator, BigDecimal denominator) {

  public static final Factor ONE = new Factor(BigDecimal.ONE, BigDecimal.ONE);

  public Factor {
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException("a factor's denominator must not be zero");
    }
  }

  public Factor times(Factor other) {
    return new Factor(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /** The ratio to ten significant digits, HALF_EVEN: for display only, never for arithmetic. */
  public BigDecimal approximately() {
    return numerator.divide(denominator, new MathContext(10, RoundingMode.HALF_EVEN));
  }

  /** {@code amount × numerator / denominator}, rounded once as stated. */
  public BigDecimal apply(BigDecimal amount, Rounding rounding) {
    return amount.multiply(numerator).divide(denominator, rounding.scale(), rounding.mode());
  }

  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
