package org.yesan.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.yesan.money.EnglishAmountFormat;
import org.yesan.money.KoreanWonFormat;

/**
 * The {@code readable} pair beside every exact amount: how a Korean and an English reader would
 * write it (368.6조원, 368.6 trillion won), rounded half up; the exact amount stays authoritative.
 */
final class ReadableAmount {

  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private final String currency;
  private final KoreanWonFormat korean = KoreanWonFormat.compact(ROUNDING);
  private final EnglishAmountFormat english =
      EnglishAmountFormat.scaled(EnglishAmountFormat.CurrencyStyle.WORD, 1, ROUNDING);

  ReadableAmount(String currency) {
    this.currency = currency;
  }

  String korean(BigDecimal amount) {
    // 조/억 units are for won; other currencies read the same in both languages.
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
}
