package org.yesan.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.yesan.money.EnglishAmountFormat;
import org.yesan.money.KoreanWonFormat;

/** Prints amounts the way readers of each language expect: 368.6조원, or 368.6 trillion won. */
final class Amounts {

  /** The reading language. */
  enum Lang {
    KO,
    EN
  }

  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private final Lang lang;
  private final String currency;
  private final KoreanWonFormat korean = KoreanWonFormat.compact(ROUNDING);
  private final EnglishAmountFormat english =
      EnglishAmountFormat.scaled(EnglishAmountFormat.CurrencyStyle.WORD, 1, ROUNDING);

  Amounts(Lang lang, String currency) {
    this.lang = lang;
    this.currency = currency;
  }

  String readable(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    if (lang == Lang.KO && currency.equals("KRW")) {
      return korean.format(amount);
    }
    return english.format(amount, currency);
  }

  /**
   * The reading of a measure's figure: a percentage as published ({@code 51.6%}), never as money.
   */
  String readable(BigDecimal amount, java.util.Optional<org.yesan.model.Measure> measure) {
    if (amount != null
        && measure
            .map(m -> m.quantity() == org.yesan.model.Measure.Quantity.PERCENT)
            .orElse(false)) {
      BigDecimal v = amount.stripTrailingZeros();
      return (v.scale() < 0 ? v.setScale(0) : v).toPlainString() + "%";
    }
    return readable(amount);
  }

  /** Whether readings are in Korean. */
  boolean korean() {
    return lang == Lang.KO;
  }

  /** What the readable column's rounding is, for a footnote. */
  String rounding() {
    return lang == Lang.KO && currency.equals("KRW")
        ? korean.describeRounding()
        : english.describeRounding();
  }
}
