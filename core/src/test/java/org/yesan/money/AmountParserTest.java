package org.yesan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

  private static final AmountParser WON_BY_DEFAULT = AmountParser.defaultingTo("KRW");

  @ParameterizedTest(name = "{0} -> {1} {2} step {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "728조원              | 728000000000000   | KRW | 1000000000000",
        "728.0조원            | 728000000000000   | KRW | 100000000000",
        "66.3조원             | 66300000000000    | KRW | 100000000000",
        "1,000.0조원          | 1000000000000000  | KRW | 100000000000",
        "10조1000억원         | 10100000000000    | KRW | 100000000",
        "10조 1,000억원       | 10100000000000    | KRW | 100000000",
        "43조 1,177억원       | 43117700000000    | KRW | 100000000",
        "2조 5억 3,000만원    | 2000530000000     | KRW | 10000",
        "-1조 2,000억원       | -1200000000000    | KRW | 100000000",
        "3천억 원             | 300000000000      | KRW | 100000000000",
        "4,250억원            | 425000000000      | KRW | 100000000",
        "1.5천억원            | 150000000000      | KRW | 10000000000",
        "1억 1원              | 100000001         | KRW | 1",
        "만원                 | 10000             | KRW | 10000",
        "0원                  | 0                 | KRW | 1",
        "0억원                | 0                 | KRW | 100000000",
        "1,234,567원          | 1234567           | KRW | 1",
        "10₩                  | 10                | KRW | 1",
        "마이너스 5억원       | -500000000        | KRW | 100000000",
        "삼백억원             | 30000000000       | KRW | 10000000000",
        "이천칠백삼십오만원   | 27350000          | KRW | 10000",
        "728 trillion won     | 728000000000000   | KRW | 1000000000000",
        "425 billion won      | 425000000000      | KRW | 1000000000",
        "KRW 10.1 trillion    | 10100000000000    | KRW | 100000000000",
        "₩3.3tn               | 3300000000000     | KRW | 100000000000",
        "512.3 tln-won        | 512300000000000   | KRW | 100000000000",
        "4.1 bln won          | 4100000000        | KRW | 100000000",
        "$48.6 billion        | 48600000000       | USD | 100000000",
        "-$48.6 billion       | -48600000000      | USD | 100000000",
        "48.6 billion dollars | 48600000000       | USD | 100000000",
        "$1,234.50            | 1234.5            | USD | 0.01",
        "usd 200              | 200               | USD | 1",
        "A$1.3bn              | 1300000000        | AUD | 100000000",
        "£8.1 million         | 8100000           | GBP | 100000",
        "48.6 billion lei     | 48600000000       | MDL | 100000000",
        "EUR29.99             | 29.99             | EUR | 0.01",
        "7천 5백만 달러       | 75000000          | USD | 1000000",
        "1달러 20센트         | 1.2               | USD | 0.01",
        "이달러이십삼센트     | 2.23              | USD | 0.01",
        "일점이삼달러         | 1.23              | USD | 0.01",
        "1억 5천만 미국 달러  | 150000000         | USD | 10000000",
        "1천억 위안           | 100000000000      | CNY | 100000000000",
      })
  void readsAmounts(String text, BigDecimal amount, String currency, BigDecimal step) {
    ParsedAmount parsed = AmountParser.requiringCurrency().parse(text);
    assertThat(parsed.amount()).isEqualByComparingTo(amount);
    assertThat(parsed.currency()).isEqualTo(currency);
    assertThat(parsed.currencyWritten()).isTrue();
    assertThat(parsed.step()).isEqualByComparingTo(step);
  }

  @Test
  void textWithoutCurrencyTakesTheDefault() {
    ParsedAmount parsed = WON_BY_DEFAULT.parse("1조2천억");
    assertThat(parsed)
        .isEqualTo(
            new ParsedAmount(
                new BigDecimal("1200000000000"), "KRW", false, new BigDecimal("100000000000")));
  }

  @Test
  void amountsHaveNoTrailingZerosAndNoExponent() {
    ParsedAmount parsed = WON_BY_DEFAULT.parse("728.0조원");
    assertThat(parsed.amount()).isEqualTo(new BigDecimal("728000000000000"));
    assertThat(parsed.amount().toString()).isEqualTo("728000000000000");
    assertThat(parsed.step().toString()).isEqualTo("100000000000");
  }

  @Test
  void aRoundedFigureStandsForAnInterval() {
    ParsedAmount parsed = WON_BY_DEFAULT.parse("66.3조원");
    assertThat(parsed.interval())
        .isEqualTo(
            new PrecisionInterval(
                new BigDecimal("66250000000000.0"), new BigDecimal("66350000000000.0")));
    assertThat(parsed.interval().toString()).isEqualTo("[66250000000000.0, 66350000000000.0]");
    assertThat(parsed.interval().contains(new BigDecimal("66250000000000"))).isTrue();
    assertThat(parsed.interval().contains(new BigDecimal("66249999999999"))).isFalse();
    assertThat(parsed.isRoundingOf(new BigDecimal("66250000000000"), RoundingMode.HALF_UP))
        .isTrue();
    assertThat(parsed.isRoundingOf(new BigDecimal("66350000000000"), RoundingMode.HALF_UP))
        .isFalse();
    assertThat(parsed.isRoundingOf(new BigDecimal("66350000000000"), RoundingMode.HALF_DOWN))
        .isTrue();
    assertThat(parsed.isRoundingOf(new BigDecimal("66349999999999"), RoundingMode.HALF_UP))
        .isTrue();
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                    | at 1: expected an amount, found end of text",
        "원                    | at 1: expected an amount, found '원'",
        "-                     | at 2: expected an amount, found end of text",
        "12x원                 | at 3: expected a unit (조, 억, 만, 천, 백, 십), a scale word or a"
            + " currency, found 'x'",
        "10조x                 | at 4: expected a digit, a unit (조, 억, 만, 천, 백, 십) or a currency,"
            + " found 'x'",
        "1 2억원               | at 3: expected a unit (조, 억, 만, 천, 백, 십), a scale word or a"
            + " currency, found '2'",
        "10억 3조              | at 6: expected a unit smaller than 억, found '조'",
        "3백2천원              | at 4: expected a unit smaller than 백, found '천'",
        "1,23억원              | at 5: expected three digits after ',', found '억'",
        "1,2345원              | at 6: expected ',' or '.' after three digits, found '5'",
        "1234,567원            | at 5: expected digits grouped in threes, found ','",
        "12.원                 | at 4: expected a digit after '.', found '원'",
        "5000원 이상           | at 7: expected the end of the text, found '이'",
        "3천억 원가량          | at 6: expected the end of the text, found '가'",
        "$48.6 billion dollars | at 15: expected the end of the text, found 'd'",
        "1.2 trillion 3억      | at 14: expected a currency or the end of the text, found '3'",
        "1조 billion           | at 4: expected a digit, a unit (조, 억, 만, 천, 백, 십) or a currency,"
            + " found 'b'",
        "1달러 200센트         | at 5: expected a whole number of cents below 100, found '2'",
        "1조2천억              | at 6: expected a currency (원, ₩, KRW, $, dollars, …), found end of"
            + " text",
      })
  void rejectsWithPositionAndExpectation(String text, String message) {
    assertThatThrownBy(() -> AmountParser.requiringCurrency().parse(text))
        .isInstanceOf(AmountParseException.class)
        .hasMessage(message);
  }

  @Test
  void exceptionCarriesItsParts() {
    AmountParseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            AmountParseException.class, () -> WON_BY_DEFAULT.parse("10조x"));
    assertThat(e.text()).isEqualTo("10조x");
    assertThat(e.position()).isEqualTo(4);
    assertThat(e.expected()).isEqualTo("a digit, a unit (조, 억, 만, 천, 백, 십) or a currency");
    assertThat(e.found()).isEqualTo("'x'");
  }
}
