package org.yesan.money;

import java.math.BigDecimal;

/** The Korean myriad units a won amount is written in: 원, 만 (10⁴), 억 (10⁸) and 조 (10¹²). */
public enum KoreanUnit {
  WON("", 0),
  MAN("만", 4),
  EOK("억", 8),
  JO("조", 12);

  private final String symbol;
  private final int exponent;

  KoreanUnit(String symbol, int exponent) {
    this.symbol = symbol;
    this.exponent = exponent;
  }

  /** The character written after the number: 조, 억, 만, or nothing for plain 원. */
  public String symbol() {
    return symbol;
  }

  /** The power of ten this unit stands for (12 for 조). */
  public int exponent() {
    return exponent;
  }

  /** How many 원 one of this unit is, exactly. */
  public BigDecimal value() {
    return BigDecimal.TEN.pow(exponent);
  }

  /** Converts an amount in 원 to this unit, exactly (4,250억원 → 4250 in EOK). */
  BigDecimal fromWon(BigDecimal won) {
    return won.movePointLeft(exponent);
  }

  /** The unit one step larger, or this one if it is already the largest. */
  KoreanUnit larger() {
    return this == JO ? JO : values()[ordinal() + 1];
  }
}
