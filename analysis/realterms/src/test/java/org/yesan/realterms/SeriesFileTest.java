package org.yesan.realterms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yesan.ingest.InputException;

class SeriesFileTest {

  private static final Path BROKEN = Path.of("src/test/resources/broken");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          deflator-header-wrong-column.csv|1:2: expected column 'index', found 'value'
          deflator-header-short.csv|1:8: expected column 'note', found the end of the header
          deflator-too-many-fields.csv|3:9: expected 8 fields as in the header, found 9 fields
          deflator-negative-index.csv|3:2: expected a positive index such as 104.25, found '-102.00'
          deflator-two-digit-year.csv|3:1: expected a year such as 2015, found '16'
          deflator-base-not-100.csv|3:2: expected 100 in the base year 2015, found '99.50'
          deflator-mixed-base-year.csv|3:3: expected base year '2015' as on line 2 (one series per file), found '2010'
          deflator-mixed-series.csv|3:4: expected series 'd' as on line 2 (one series per file), found 'other'
          deflator-duplicate-year.csv|4:1: expected one row per year (2015 is on line 2), found a second row for 2015
          deflator-missing-source.csv|2:5: expected a source (address of the page the value was taken from), found nothing
          deflator-bad-source-date.csv|2:7: expected the page's date such as 2026-01-04 or 2026-01, or nothing when it has none, found '04/01/2026'
          deflator-impossible-source-date.csv|2:7: expected a real calendar date, found '2026-02-30'
          deflator-only-header.csv|2:1: expected at least one row of values, found only the header
          """)
  void rejectsBadDeflatorFilesWithExactPositions(String file, String message) {
    assertRejected(file, message, SeriesFile::priceIndex);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          population-bad-grouping.csv|3:2: expected a positive whole number of persons such as 51,014,950, found '51,21,7800'
          population-fraction.csv|2:2: expected a positive whole number of persons such as 51,014,950, found '51014950.5'
          """)
  void rejectsBadPopulationFiles(String file, String message) {
    assertRejected(file, message, SeriesFile::population);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          rate-bad-basis.csv|2:4: expected annual_average or end_of_period, found 'average'
          rate-average-dated.csv|2:1: expected a year for an annual_average rate, such as 2025, found '2025-12-30'
          rate-bad-pair.csv|2:3: expected a pair such as 'KRW per USD', found 'KRW/USD'
          rate-two-closings-in-a-year.csv|3:1: expected one end_of_period row per year (2025 is on line 2), found a second row for 2025
          rate-impossible-date.csv|2:1: expected a real calendar date, found '2025-13-30'
          """)
  void rejectsBadRateFiles(String file, String message) {
    assertRejected(file, message, SeriesFile::exchangeRate);
  }

  private static void assertRejected(String file, String message, Function<Path, ?> reader) {
    Path path = BROKEN.resolve(file);
    assertThatThrownBy(() -> reader.apply(path))
        .isInstanceOf(InputException.class)
        .hasMessage(path + ":" + message);
  }

  @Test
  void readsTheShippedDeflatorAsWrittenWithItsSource() {
    PriceIndex d = ShippedSeries.koreaGdpDeflator();
    assertThat(d.label()).isEqualTo("GDP deflator (2015=100)");
    // 61 rows, 1960–2020, as on the indexmundi page of World Bank indicator NY.GDP.DEFL.ZS
    assertThat(d.series().values()).hasSize(61);
    assertThat(d.series().firstYear()).isEqualTo(1960);
    assertThat(d.series().lastYear()).isEqualTo(2020);
    Observation y2017 = d.at(2017);
    assertThat(y2017.written()).isEqualTo("104.25");
    assertThat(y2017.value()).isEqualByComparingTo("104.25");
    assertThat(y2017.line()).isEqualTo(59);
    assertThat(y2017.source().url())
        .isEqualTo("http://indexmundi.com/facts/korea/indicator/NY.GDP.DEFL.ZS");
    assertThat(y2017.origin()).isEqualTo("data/series/kr-gdp-deflator.csv");
    assertThat(d.at(2015).value()).isEqualByComparingTo("100");
  }

  @Test
  void readsTheShippedPopulationWithThousandsSeparators() {
    Population p = ShippedSeries.koreaPopulation();
    assertThat(p.series().values()).hasSize(61);
    assertThat(p.at(2017).written()).isEqualTo("51,361,910");
    assertThat(p.at(2017).value()).isEqualTo(new BigDecimal("51361910"));
  }

  @Test
  void readsTheShippedRatesByBasis() {
    ExchangeRate r = ShippedSeries.koreaUsdRates();
    assertThat(r.pair()).isEqualTo("KRW per USD");
    assertThat(r.at(2025, RateBasis.ANNUAL_AVERAGE).value()).isEqualByComparingTo("1422.16");
    assertThat(r.at(2025, RateBasis.END_OF_PERIOD).period()).isEqualTo("2025-12-30");
    assertThat(r.at(2024, RateBasis.END_OF_PERIOD).value()).isEqualByComparingTo("1472.5");
    assertThat(r.at(2023, RateBasis.END_OF_PERIOD).period()).isEqualTo("2023");
    assertThatThrownBy(() -> r.at(2024, RateBasis.ANNUAL_AVERAGE))
        .isInstanceOf(MissingYearException.class)
        .hasMessage(
            "no KRW per USD annual average rate for 2024 in data/series/kr-usd-rates.csv (has"
                + " 2025)");
  }
}
