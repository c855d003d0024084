package org.yesan.claims;

import java.math.BigDecimal;

/** Won amounts as a reader writes them in a report: {@code 673.3조원}, {@code 8,733억원}. */
final class WonText {

  private static final BigDecimal JO = BigDecimal.ONE.movePointRight(12);
  private static final BigDecimal EOK = BigDecimal.ONE.movePointRight(8);

  private WonText() {}

  static String of(BigDecimal won) {
    BigDecimal abs = won.abs();
    if (abs.compareTo(JO) >= 0) {
      return won.movePointLeft(12).stripTrailingZeros().toPlainString() + "조원";
    }
    if (abs.compareTo(EOK) >= 0) {
      return grouped(won.movePointLeft(8).stripTrailingZeros()) + "억원";
    }
    return grouped(won.stripTrailingZeros()) + "원";
  }

  private static String grouped(BigDecimal v) {
    String plain = v.toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : plain.substring(dot);
    StringBuilder b = new StringBuilder();
    int digits = 0;
    for (int i = whole.length() - 1; i >= 0; i--) {
      char c = whole.charAt(i);
      if (Character.isDigit(c) && digits > 0 && digits % 3 == 0) {
        b.append(',');
      }
      b.append(c);
      if (Character.isDigit(c)) {
        digits++;
      }
    }
    return b.reverse() + frac;
  }
}
