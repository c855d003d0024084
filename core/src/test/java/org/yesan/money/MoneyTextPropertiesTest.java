package org.yesan.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yesan.money.EnglishAmountFormat.CurrencyStyle;

/** Printing and reading back agree, for any won amount a long can hold. */
class MoneyTextPropertiesTest {

  // Currency codes such as EUR may hold an E; an exponent is a digit, E, optional sign, digit.
  private static final String SCIENTIFIC = "[0-9][Ee][+-]?[0-9]";

  private static final AmountParser PARSER = AmountParser.requiringCurrency();

  @Provide
  Arbitrary<Long> won() {
    // Edge cases plus budget-sized figures, which a uniform long would almost never hit.
    return Arbitraries.oneOf(
        Arbitraries.longs(),
        Arbitraries.longs().between(-2_000_000_000_000_000L, 2_000_000_000_000_000L),
        Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L),
        Arbitraries.longs().between(-100_000L, 100_000L),
        Arbitraries.of(0L, Long.MAX_VALUE, Long.MIN_VALUE, 999_950_000_000L, 999_950_000_000_000L));
  }

  @Property
  void exactKoreanReadsBackExactly(@ForAll("won") long won) {
    String text = KoreanWonFormat.exact().format(BigDecimal.valueOf(won));
    ParsedAmount parsed = PARSER.parse(text);
    assertThat(parsed.amount()).isEqualByComparingTo(BigDecimal.valueOf(won));
    assertThat(parsed.currency()).isEqualTo("KRW");
    assertThat(text).doesNotContain("E");
  }

  @Property
  void compactKoreanReadsBackToAnIntervalHoldingTheAmount(
      @ForAll("won") long won, @ForAll("halfRoundings") RoundingMode rounding) {
    BigDecimal amount = BigDecimal.valueOf(won);
    FormattedAmount formatted = KoreanWonFormat.compact(rounding).formatDetailed(amount);
    ParsedAmount parsed = PARSER.parse(formatted.text());
    assertThat(parsed.amount()).isEqualByComparingTo(formatted.shown());
    assertThat(parsed.step()).isEqualByComparingTo(formatted.step());
    assertThat(parsed.interval().contains(amount)).as(formatted.text()).isTrue();
    assertThat(parsed.isRoundingOf(amount, rounding)).as(formatted.text()).isTrue();
    assertThat(formatted.text()).doesNotContain("E");
  }

  @Property
  void mixedRoundedKoreanReadsBackToAnIntervalHoldingTheAmount(
      @ForAll("won") long won, @ForAll("halfRoundings") RoundingMode rounding) {
    BigDecimal amount = BigDecimal.valueOf(won);
    FormattedAmount formatted =
        KoreanWonFormat.mixedRoundedTo(KoreanUnit.EOK, rounding).formatDetailed(amount);
    ParsedAmount parsed = PARSER.parse(formatted.text());
    assertThat(parsed.amount()).isEqualByComparingTo(formatted.shown());
    assertThat(parsed.isRoundingOf(amount, rounding)).as(formatted.text()).isTrue();
  }

  @Property
  void exactEnglishReadsBackExactly(
      @ForAll("won") long units,
      @ForAll("currencies") String currency,
      @ForAll CurrencyStyle style) {
    // Cents too: a long of minor units, so that dollars get a fraction.
    BigDecimal amount =
        BigDecimal.valueOf(units).movePointLeft(CurrencyName.forCode(currency).fractionDigits());
    String text = EnglishAmountFormat.exact(style).format(amount, currency);
    ParsedAmount parsed = PARSER.parse(text);
    assertThat(parsed.amount()).as(text).isEqualByComparingTo(amount);
    assertThat(parsed.currency()).isEqualTo(currency);
    assertThat(text).doesNotContainPattern(SCIENTIFIC);
  }

  @Property
  void scaledEnglishReadsBackToAnIntervalHoldingTheAmount(
      @ForAll("won") long units,
      @ForAll("currencies") String currency,
      @ForAll CurrencyStyle style,
      @ForAll("halfRoundings") RoundingMode rounding) {
    BigDecimal amount = BigDecimal.valueOf(units);
    FormattedAmount formatted =
        EnglishAmountFormat.scaled(style, 1, rounding).formatDetailed(amount, currency);
    ParsedAmount parsed = PARSER.parse(formatted.text());
    assertThat(parsed.amount()).isEqualByComparingTo(formatted.shown());
    assertThat(parsed.currency()).isEqualTo(currency);
    assertThat(parsed.interval().contains(amount)).as(formatted.text()).isTrue();
    assertThat(parsed.isRoundingOf(amount, rounding)).as(formatted.text()).isTrue();
    assertThat(formatted.text()).doesNotContainPattern(SCIENTIFIC);
  }

  @Provide
  Arbitrary<RoundingMode> halfRoundings() {
    return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN);
  }

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of("KRW", "USD", "AUD", "GBP", "EUR", "JPY", "MDL", "CHF", "CAD", "HKD");
  }
}
