package org.yesan.ingest.headline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.model.Fact;

/** Amounts in 조원 become exactly unscaled × 10^(12 − decimals) 원, or are refused. */
class AmountConversionTest {

  private static List<Fact> readOneTotal(String amount) throws IOException {
    return readOne("total_expenditure", amount, "조원");
  }

  private static List<Fact> readOne(String measure, String amount, String unit) throws IOException {
    Path file = Files.createTempFile("headline-", ".csv");
    try {
      Files.writeString(
          file,
          String.join(",", HeadlineCsvFormat.HEADER)
              + "\n2026,proposal,2026,"
              + measure
              + ",,,,"
              + amount
              + ","
              + unit
              + ",https://example.org/,Example Publisher,2025-08-29,1,\n",
          StandardCharsets.UTF_8);
      List<Fact> facts = new ArrayList<>();
      try (var batch = new HeadlineCsvFormat().open(file, ImportOptions.defaults())) {
        batch.forEach(facts::add);
      }
      return facts;
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 200)
  void upToTwelveDecimalsConvertExactly(
      @ForAll @LongRange(min = 1, max = 999_999_999_999_999L) long unscaled,
      @ForAll @IntRange(min = 0, max = 12) int decimals)
      throws IOException {
    String text = BigDecimal.valueOf(unscaled, decimals).toPlainString();
    BigInteger expected = BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(12 - decimals));
    assertThat(readOneTotal(text))
        .singleElement()
        .satisfies(f -> assertThat(f.amount()).isEqualTo(new BigDecimal(expected)));
  }

  @Property(tries = 100)
  void aThirteenthNonZeroDecimalIsRefused(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long whole,
      @ForAll @IntRange(min = 1, max = 9) int lastDigit) {
    String text = whole + "." + "0".repeat(12) + lastDigit;
    assertThatThrownBy(() -> readOneTotal(text))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(":2:8: expected an amount in 조원 that is a whole number of 원");
  }

  @Property(tries = 100)
  void aPercentageIsKeptAsPublishedNotConverted(
      @ForAll @LongRange(min = -99_999, max = 99_999) long unscaled,
      @ForAll @IntRange(min = 0, max = 2) int decimals)
      throws IOException {
    BigDecimal published = BigDecimal.valueOf(unscaled, decimals);
    String text = published.toPlainString();
    assertThat(readOne("managed_fiscal_balance_to_gdp", text, "%"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.amount()).isEqualTo(published);
              assertThat(f.amount().scale()).isEqualTo(decimals);
            });
  }
}
