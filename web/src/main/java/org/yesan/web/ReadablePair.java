package org.yesan.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.yesan.money.EnglishAmountFormat;
import org.yesan.money.KoreanWonFormat;

/**
 * The {@code readable} pair written beside every exact amount, as the http module writes it
 * (368.6조원 / 368.6 trillion won, half up); the exact decimal string stays authoritative.
 */
final class ReadablePair {

  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private final String currency;
  private final KoreanWonFormat korean = KoreanWonFormat.compact(ROUNDING);
  private final EnglishAmountFormat english =
      EnglishAmountFormat.scaled(EnglishAmountFormat.CurrencyStyle.WORD, 1, ROUNDING);

  ReadablePair(String currency) {
    this.currency = currency;
  }

  String korean(BigDecimal amount) {
    return currency.equals("KRW") ? korean.format(amount) : english(amount);
  }

  String english(BigDecimal amount) {
    return english.format(amount, currency);
  }

  ObjectNode json(BigDecimal amount) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("ko", korean(amount));
    o.put("en", english(amount));
    return o;
  }

  /** Without the storage scale's trailing zeros: 275100000000000, not 275100000000000.00. */
  static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
