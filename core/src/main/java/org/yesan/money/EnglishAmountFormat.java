package org.yesan.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Prints amounts for English readers: scaled ({@code 728.0 trillion won}, {@code $48.6 billion}) or
 * exact ({@code 1,234,567 won}, {@code $1,234.50}), naming the currency by word, symbol or code.
 *
 * <p>Instances are immutable. The scaled form takes its decimals and {@link RoundingMode}
 * explicitly; amounts below one thousand are printed with the currency's minor-unit digits (0 for
 * won, 2 for dollars) under the same rounding.
 */
public final class EnglishAmountFormat {

  /** How the currency is named in the text. */
  public enum CurrencyStyle {
    /** After the number, as a word: {@code 48.6 billion dollars}, {@code 728.0 trillion won}. */
    WORD,
    /**
     * Before the number, as a symbol: {@code $48.6 billion}, {@code ₩3.3 trillion}; a currency with
     * no symbol of its own falls back to {@link #CODE}.
     */
    SYMBOL,
    /** Before the number, as the ISO code: {@code KRW 10.1 trillion}. */
    CODE
  }

  private record Scale(String word, int exponent) {}

  private static final List<Scale> SCALES =
      List.of(
          new Scale("", 0),
          new Scale("thousand", 3),
          new Scale("million", 6),
          new Scale("billion", 9),
          new Scale("trillion", 12));

  private final CurrencyStyle style;
  private final boolean scaled;
  private final int decimals;
  private final RoundingMode rounding;

  private EnglishAmountFormat(
      CurrencyStyle style, boolean scaled, int decimals, RoundingMode rounding) {
    this.style = Objects.requireNonNull(style, "style");
    this.scaled = scaled;
    this.decimals = decimals;
    this.rounding = Objects.requireNonNull(rounding, "rounding");
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must not be negative: " + decimals);
    }
  }

  /**
   * The scaled form: trillion from 10¹², else billion, million, thousand, with {@code decimals}
   * places in that scale. The scale is chosen after rounding: 999.95 billion at 1 place is {@code
   * 1.0 trillion}.
   */
  public static EnglishAmountFormat scaled(
      CurrencyStyle style, int decimals, RoundingMode rounding) {
    return new EnglishAmountFormat(style, true, decimals, rounding);
  }

  /**
   * The exact form: every digit, grouped by commas, padded to the currency's minor-unit digits
   * ({@code $1,234.50}); never rounds.
   */
  public static EnglishAmountFormat exact(CurrencyStyle style) {
    return new EnglishAmountFormat(style, false, 0, RoundingMode.UNNECESSARY);
  }

  /** The rounding this format applies ({@link RoundingMode#UNNECESSARY} for the exact form). */
  public RoundingMode rounding() {
    return rounding;
  }

  /** The text for {@code amount} base units of {@code currencyCode}, e.g. {@code $48.6 billion}. */
  public String format(BigDecimal amount, String currencyCode) {
    return formatDetailed(amount, currencyCode).text();
  }

  /** The text for the amount, with what it stands for and whether it was rounded. */
  public FormattedAmount formatDetailed(BigDecimal amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    CurrencyName currency = CurrencyName.forCode(currencyCode);
    if (!scaled) {
      BigDecimal shown = KoreanWonFormat.plain(amount);
      if (shown.scale() < currency.fractionDigits()) {
        shown = shown.setScale(currency.fractionDigits());
      }
      BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, shown.scale()));
      return new FormattedAmount(
          compose(currency, GroupedDigits.of(shown.abs()), "", shown),
          amount,
          step,
          false,
          describeRounding());
    }
    int index = 0;
    for (int i = 1; i < SCALES.size(); i++) {
      if (amount.abs().compareTo(BigDecimal.ONE.movePointRight(SCALES.get(i).exponent())) >= 0) {
        index = i;
      }
    }
    BigDecimal inScale = inScale(amount, index, currency);
    // Rounding can carry 999.95 billion up to 1,000.0 billion; that is shown as 1.0 trillion.
    while (index < SCALES.size() - 1 && inScale.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
      index++;
      inScale = inScale(amount, index, currency);
    }
    Scale scale = SCALES.get(index);
    BigDecimal shown = KoreanWonFormat.plain(inScale.movePointRight(scale.exponent()));
    BigDecimal step =
        KoreanWonFormat.plain(
            BigDecimal.ONE.movePointLeft(inScale.scale()).movePointRight(scale.exponent()));
    String number = GroupedDigits.of(inScale.abs());
    return new FormattedAmount(
        compose(currency, number, scale.word(), inScale),
        shown,
        step,
        shown.compareTo(amount) != 0,
        GroupedDigits.of(BigDecimal.ONE.movePointLeft(inScale.scale()))
            + (scale.word().isEmpty() ? "" : " " + scale.word())
            + " "
            + currency.plural()
            + ", "
            + RoundingWords.english(rounding));
  }

  private BigDecimal inScale(BigDecimal amount, int index, CurrencyName currency) {
    int places = index == 0 ? currency.fractionDigits() : decimals;
    return amount.movePointLeft(SCALES.get(index).exponent()).setScale(places, rounding);
  }

  /**
   * The rule this format applies, e.g. {@code 1 decimal in trillion/billion/million/thousand,
   * rounded half up (HALF_UP)}.
   */
  public String describeRounding() {
    if (!scaled) {
      return "exact, not rounded";
    }
    return decimals
        + (decimals == 1 ? " decimal" : " decimals")
        + " in trillion/billion/million/thousand, minor-unit digits below, "
        + RoundingWords.english(rounding);
  }

  private String compose(CurrencyName currency, String number, String scaleWord, BigDecimal sign) {
    String scaledNumber = scaleWord.isEmpty() ? number : number + " " + scaleWord;
    String minus = sign.signum() < 0 ? "-" : "";
    CurrencyStyle effective =
        style == CurrencyStyle.SYMBOL && currency.symbol().isEmpty() ? CurrencyStyle.CODE : style;
    return switch (effective) {
      case WORD ->
          minus
              + scaledNumber
              + " "
              + (scaleWord.isEmpty() && number.equals("1")
                  ? currency.singular()
                  : currency.plural());
      case SYMBOL -> minus + currency.symbol().orElseThrow() + scaledNumber;
      case CODE -> minus + currency.code() + " " + scaledNumber;
    };
  }
}
