package org.yesan.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yesan.money.EnglishAmountFormat.CurrencyStyle;

class EnglishAmountFormatTest {

  @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "728000000000000  | KRW | WORD   | HALF_UP   | 728.0 trillion won",
        "66300000000000   | KRW | WORD   | HALF_UP   | 66.3 trillion won",
        "425000000000     | KRW | WORD   | HALF_UP   | 425.0 billion won",
        "10100000000000   | KRW | CODE   | HALF_UP   | KRW 10.1 trillion",
        "3300000000000    | KRW | SYMBOL | HALF_UP   | ₩3.3 trillion",
        "48600000000      | USD | SYMBOL | HALF_UP   | $48.6 billion",
        "48600000000      | USD | WORD   | HALF_UP   | 48.6 billion dollars",
        "48600000000      | USD | CODE   | HALF_UP   | USD 48.6 billion",
        "-48650000000     | USD | SYMBOL | HALF_UP   | -$48.7 billion",
        "-48650000000     | USD | SYMBOL | HALF_EVEN | -$48.6 billion",
        "1250000000       | AUD | SYMBOL | HALF_UP   | A$1.3 billion",
        "1250000000       | AUD | SYMBOL | HALF_EVEN | A$1.2 billion",
        "1250000000       | AUD | WORD   | HALF_UP   | 1.3 billion Australian dollars",
        "8100000          | GBP | SYMBOL | HALF_UP   | £8.1 million",
        "48600000000      | MDL | SYMBOL | HALF_UP   | MDL 48.6 billion",
        "48600000000      | MDL | WORD   | HALF_UP   | 48.6 billion lei",
        "999950000000     | USD | SYMBOL | HALF_UP   | $1.0 trillion",
        "999949999999     | USD | SYMBOL | HALF_UP   | $999.9 billion",
        "1234567000000000 | KRW | WORD   | HALF_UP   | 1,234.6 trillion won",
        "4300             | KRW | WORD   | HALF_UP   | 4.3 thousand won",
        "950              | KRW | WORD   | HALF_UP   | 950 won",
        "1                | KRW | WORD   | HALF_UP   | 1 won",
        "950              | USD | SYMBOL | HALF_UP   | $950.00",
        "999.995          | USD | SYMBOL | HALF_UP   | $1.0 thousand",
        "0                | KRW | WORD   | HALF_UP   | 0 won",
      })
  void scaled(
      BigDecimal amount,
      String currency,
      CurrencyStyle style,
      RoundingMode rounding,
      String expected) {
    assertThat(EnglishAmountFormat.scaled(style, 1, rounding).format(amount, currency))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234567 | KRW | WORD   | 1,234,567 won",
        "1234.5  | USD | SYMBOL | $1,234.50",
        "0.125   | USD | SYMBOL | $0.125",
        "1       | USD | WORD   | 1.00 dollars",
        "-5      | KRW | CODE   | -KRW 5",
      })
  void exact(BigDecimal amount, String currency, CurrencyStyle style, String expected) {
    assertThat(EnglishAmountFormat.exact(style).format(amount, currency)).isEqualTo(expected);
  }

  @Test
  void saysWhatItRounded() {
    EnglishAmountFormat format =
        EnglishAmountFormat.scaled(CurrencyStyle.SYMBOL, 1, RoundingMode.HALF_UP);
    assertThat(format.describeRounding())
        .isEqualTo(
            "1 decimal in trillion/billion/million/thousand, minor-unit digits below,"
                + " rounded half up (HALF_UP)");
    assertThat(format.formatDetailed(new BigDecimal("48612345678"), "USD"))
        .isEqualTo(
            new FormattedAmount(
                "$48.6 billion",
                new BigDecimal("48600000000"),
                new BigDecimal("100000000"),
                true,
                "0.1 billion dollars, rounded half up (HALF_UP)"));
  }
}
