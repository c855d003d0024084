package org.yesan.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount read from text: its exact value in base units, its currency, and the precision the text
 * stated it to.
 *
 * @param amount exact, in the currency's base unit (원, dollar), without trailing fraction zeros:
 *     {@code 66.3조원} is 66300000000000
 * @param currency ISO 4217 code, e.g. {@code KRW}
 * @param currencyWritten whether the text named the currency, or the parser's default was used
 * @param step place value, in base units, of the last digit the text wrote: 100000000000 (0.1조) for
 *     {@code 66.3조원}, 100000000 (1억) for {@code 10조 1,000억원}, 1 for {@code 1,234,567원}
 */
public record ParsedAmount(
    BigDecimal amount, String currency, boolean currencyWritten, BigDecimal step) {

  public ParsedAmount {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("step must be positive: " + step);
    }
  }

  /** The exact amounts this figure can be a half-rounding of: amount ± step/2, ends included. */
  public PrecisionInterval interval() {
    BigDecimal half = step.multiply(new BigDecimal("0.5"));
    return new PrecisionInterval(amount.subtract(half), amount.add(half));
  }

  /**
   * Whether rounding {@code exact} to this figure's step with {@code mode} gives this figure:
   * 66.25조 is a HALF_UP rounding of {@code 66.3조원}, 66.35조 is not.
   */
  public boolean isRoundingOf(BigDecimal exact, RoundingMode mode) {
    BigDecimal rounded = exact.divide(step, 0, mode).multiply(step);
    return rounded.compareTo(amount) == 0;
  }
}
