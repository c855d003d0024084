package org.yesan.money;

import static java.math.RoundingMode.HALF_EVEN;
import static java.math.RoundingMode.HALF_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanWonFormatTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "728000000000000     | HALF_UP   | 728.0조원",
        "368700000000000     | HALF_UP   | 368.7조원",
        "368749999999999     | HALF_UP   | 368.7조원",
        // a tie on an odd digit: HALF_UP goes away from zero, HALF_EVEN to the even 368.6
        "368650000000000     | HALF_UP   | 368.7조원",
        "368650000000000     | HALF_EVEN | 368.6조원",
        "-368650000000000    | HALF_UP   | -368.7조원",
        "-368650000000000    | HALF_EVEN | -368.6조원",
        "-1200000000000      | HALF_UP   | -1.2조원",
        "1000000000000       | HALF_UP   | 1.0조원",
        "999999999999        | HALF_UP   | 1.0조원",
        // 999.95조 carries into the thousands of 조, which are grouped
        "999950000000000     | HALF_UP   | 1,000.0조원",
        "999949999999999     | HALF_UP   | 999.9조원",
        "425000000000        | HALF_UP   | 4,250억원",
        "425050000000        | HALF_UP   | 4,251억원",
        "425050000000        | HALF_EVEN | 4,250억원",
        // 9,999.5억 rounds to 10,000억, which is shown in the next unit
        "999950000000        | HALF_UP   | 1.0조원",
        "999950000000        | HALF_EVEN | 1.0조원",
        "999950000000        | HALF_DOWN | 9,999억원",
        "-999950000000       | HALF_UP   | -1.0조원",
        "35000000            | HALF_UP   | 3,500만원",
        "99995000            | HALF_UP   | 1억원",
        "99999999            | HALF_UP   | 1억원",
        "950                 | HALF_UP   | 950원",
        "7350                | HALF_UP   | 7,350원",
        "9999.5              | HALF_UP   | 1만원",
        "0.4                 | HALF_UP   | 0원",
        "-0.4                | HALF_UP   | 0원",
        "0                   | HALF_UP   | 0원",
      })
  void compact(BigDecimal won, RoundingMode rounding, String expected) {
    assertThat(KoreanWonFormat.compact(rounding).format(won)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "66345000000000 | HALF_UP   | 66.35조원",
        "66345000000000 | HALF_EVEN | 66.34조원",
        "66345000000000 | HALF_DOWN | 66.34조원",
      })
  void compactWithTwoDecimalsForJo(BigDecimal won, RoundingMode rounding, String expected) {
    KoreanWonFormat format = KoreanWonFormat.compact(rounding).withDecimals(KoreanUnit.JO, 2);
    assertThat(format.format(won)).isEqualTo(expected);
  }

  @Test
  void compactWithOneDecimalFor억() {
    KoreanWonFormat format = KoreanWonFormat.compact(HALF_UP).withDecimals(KoreanUnit.EOK, 1);
    assertThat(format.format(new BigDecimal("425050000000"))).isEqualTo("4,250.5억원");
  }

  @Test
  void compactSaysWhatItRounded() {
    KoreanWonFormat format = KoreanWonFormat.compact(HALF_UP);
    assertThat(format.describeRounding()).isEqualTo("0.1조원 / 1억원 / 1만원 / 1원 단위, 반올림(HALF_UP)");
    assertThat(KoreanWonFormat.compact(HALF_EVEN).describeRounding())
        .isEqualTo("0.1조원 / 1억원 / 1만원 / 1원 단위, 짝수 반올림(HALF_EVEN)");

    FormattedAmount rounded = format.formatDetailed(new BigDecimal("368749999999999"));
    assertThat(rounded)
        .isEqualTo(
            new FormattedAmount(
                "368.7조원",
                new BigDecimal("368700000000000"),
                new BigDecimal("100000000000"),
                true,
                "0.1조원 단위, 반올림(HALF_UP)"));

    FormattedAmount exact = format.formatDetailed(new BigDecimal("425000000000"));
    assertThat(exact.rounded()).isFalse();
    assertThat(exact.roundingDescription()).isEqualTo("1억원 단위, 반올림(HALF_UP)");
    assertThat(exact.step()).isEqualByComparingTo("100000000");
  }

  @Test
  void unnecessaryRoundingRefusesToRound() {
    KoreanWonFormat format = KoreanWonFormat.compact(RoundingMode.UNNECESSARY);
    assertThat(format.format(new BigDecimal("728000000000000"))).isEqualTo("728.0조원");
    assertThatThrownBy(() -> format.format(new BigDecimal("728010000000000")))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10100000000000       | 10조 1,000억원",
        "43117700000000       | 43조 1,177억원",
        "2000530000000        | 2조 5억 3,000만원",
        "10100012345678       | 10조 1,000억 1,234만 5,678원",
        "1000000000000        | 1조원",
        "100000001            | 1억 1원",
        "7350                 | 7,350원",
        "1234.5               | 1,234.5원",
        "0                    | 0원",
        "-1200000000000       | -1조 2,000억원",
        "-9223372036854775808 | -9,223,372조 368억 5,477만 5,808원",
      })
  void exact(BigDecimal won, String expected) {
    FormattedAmount formatted = KoreanWonFormat.exact().formatDetailed(won);
    assertThat(formatted.text()).isEqualTo(expected);
    assertThat(formatted.rounded()).isFalse();
    assertThat(formatted.shown()).isEqualByComparingTo(won);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10100012345678  | HALF_UP   | 10조 1,000억원",
        "10100050000000  | HALF_UP   | 10조 1,001억원",
        "10100050000000  | HALF_EVEN | 10조 1,000억원",
        "-1200050000000  | HALF_UP   | -1조 2,001억원",
        "-1200050000000  | HALF_EVEN | -1조 2,000억원",
        "999999990000000 | HALF_UP   | 1,000조원",
        "30000000        | HALF_UP   | 0억원",
      })
  void mixedRoundedTo억(BigDecimal won, RoundingMode rounding, String expected) {
    assertThat(KoreanWonFormat.mixedRoundedTo(KoreanUnit.EOK, rounding).format(won))
        .isEqualTo(expected);
  }

  @Test
  void mixedRoundedSaysWhatItRounded() {
    FormattedAmount formatted =
        KoreanWonFormat.mixedRoundedTo(KoreanUnit.EOK, HALF_UP)
            .formatDetailed(new BigDecimal("10100012345678"));
    assertThat(formatted)
        .isEqualTo(
            new FormattedAmount(
                "10조 1,000억원",
                new BigDecimal("10100000000000"),
                new BigDecimal("100000000"),
                true,
                "1억원 단위, 반올림(HALF_UP)"));
  }

  @Test
  void decimalsBelongToTheCompactFormOnly() {
    assertThatThrownBy(() -> KoreanWonFormat.exact().withDecimals(KoreanUnit.JO, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("only the compact form has decimals per unit");
  }
}
