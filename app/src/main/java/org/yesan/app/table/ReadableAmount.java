package org.yesan.app.table;

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
public final class ReadableAmount {

  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private final String currency;
  private final KoreanWonFormat korean = KoreanWonFormat.compact(ROUNDING);
  private final EnglishAmountFormat english =
      EnglishAmountFormat.scaled(EnglishAmountFormat.CurrencyStyle.WORD, 1, ROUNDING);

  public ReadableAmount(String currency) {
    this.currency = currency;
  }

  /** How a Korean reader writes it: 368.6조원 (won), or the English form for other currencies. */
  public String korean(BigDecimal amount) {
    // 조/억 units are for won; other currencies read the same in both languages.
    return currency.equals("KRW") ? korean.format(amount) : english(amount);
  }

  /** How an English reader writes it: 368.6 trillion won. */
  public String english(BigDecimal amount) {
    return english.format(amount, currency);
  }

  /** The pair as a table cell. */
  public Reading reading(BigDecimal amount) {
    return new Reading(korean(amount), english(amount));
  }

  /** The pair for a change: an increase carries "+" in both languages. */
  public Reading signedReading(BigDecimal change) {
    Reading r = reading(change);
    return change.signum() > 0 ? new Reading("+" + r.ko(), "+" + r.en()) : r;
  }

  /** The pair as JSON: {@code {"ko": …, "en": …}}. */
  public ObjectNode json(BigDecimal amount) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("ko", korean(amount));
    o.put("en", english(amount));
    return o;
  }

  /** Without the storage scale's trailing zeros: 275100000000000, not 275100000000000.00. */
  public static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
