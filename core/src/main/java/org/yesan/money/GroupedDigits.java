package org.yesan.money;

import java.math.BigDecimal;

/** Plain decimal text of a number with its integer digits grouped by commas (1,234,567.89). */
final class GroupedDigits {

  private GroupedDigits() {}

  /** Never scientific notation: built from {@link BigDecimal#toPlainString()}. */
  static String of(BigDecimal value) {
    String plain = value.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(integer.charAt(i));
    }
    return (negative ? "-" : "") + grouped + fraction;
  }
}
