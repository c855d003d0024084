package org.yesan.money;

import java.math.BigDecimal;

/**
 * The text a formatter printed for an amount, the value that text stands for, and what rounding was
 * done to get there.
 *
 * @param text what to show, e.g. {@code 728.0조원}
 * @param shown the exact amount in base units that the text denotes (728000000000000)
 * @param step the place value of the last printed digit in base units (0.1조 = 100000000000); the
 *     amount was rounded to a multiple of it
 * @param rounded whether {@code shown} differs from the amount that was formatted
 * @param roundingDescription how the amount was rounded, e.g. {@code 0.1조원 단위, 반올림(HALF_UP)}
 */
public record FormattedAmount(
    String text, BigDecimal shown, BigDecimal step, boolean rounded, String roundingDescription) {

  @Override
  public String toString() {
    return text;
  }
}
