package org.yesan.model;

import java.math.BigDecimal;

/**
 * The unit amounts were written in at the source (원, 천원, 백만원, thousands of dollars), and the exact
 * factor that converts them to the currency's base unit.
 */
public record SourceUnit(String id, String label, BigDecimal factor) {

  public SourceUnit {
    Measure.requireId(id, "unit");
    if (factor == null || factor.signum() <= 0) {
      throw new IllegalArgumentException("unit " + id + " needs a positive factor");
    }
  }

  public static final SourceUnit WON = new SourceUnit("won", "원", BigDecimal.ONE);
  public static final SourceUnit THOUSAND_WON =
      new SourceUnit("thousand_won", "천원", BigDecimal.valueOf(1_000));
  public static final SourceUnit MILLION_WON =
      new SourceUnit("million_won", "백만원", BigDecimal.valueOf(1_000_000));
  public static final SourceUnit HUNDRED_MILLION_WON =
      new SourceUnit("hundred_million_won", "억원", BigDecimal.valueOf(100_000_000));
  public static final SourceUnit TRILLION_WON =
      new SourceUnit("trillion_won", "조원", BigDecimal.valueOf(1_000_000_000_000L));

  /** A unit of {@code factor} base units of a non-Korean currency, e.g. thousands of dollars. */
  public static SourceUnit ofFactor(String currency, BigDecimal factor) {
    BigDecimal f = factor.stripTrailingZeros();
    // 1000 must stay 1000, not 1E+3, or every converted amount would print in exponent form.
    if (f.scale() < 0) {
      f = f.setScale(0);
    }
    String id = currency.toLowerCase(java.util.Locale.ROOT) + "_x" + f.toPlainString();
    return new SourceUnit(id.replace('.', '_'), f.toPlainString() + " " + currency, f);
  }

  /** Converts an amount written in this unit to base units, exactly. */
  public BigDecimal toBase(BigDecimal amountInUnit) {
    return amountInUnit.multiply(factor);
  }
}
