package org.yesan.realterms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yesan.model.FiscalYear;

class RealTermsConversionTest {

  static final Path ILLUSTRATIVE_2010_2018 =
      Path.of("src/test/resources/illustrative-deflator-2010-2018.csv");

  /** 400.5조원, the FY2017 enacted total expenditure in data/kr-total-expenditure.csv. */
  static final BigDecimal FY2017_ENACTED = new BigDecimal("400500000000000");

  @Test
  void deflatesTo2015WonWithTheShippedDeflator() {
    Converted c =
        RealTermsConversion.nominal()
            .deflatedTo(2015, ShippedSeries.koreaGdpDeflator())
            .convert(FY2017_ENACTED, "KRW", FiscalYear.of(2017));
    // python3: Fraction(400500000000000) * 100 / Fraction("104.25") = 384172661870503.597…,
    // rounded half-even to whole won
    assertThat(c.result()).isEqualTo(new BigDecimal("384172661870504"));
    assertThat(c.factor().toString()).isEqualTo("100.00/104.25");
    assertThat(c.factor().approximately()).isEqualTo(new BigDecimal("0.9592326139"));
    assertThat(c.unit()).isEqualTo("2015 won");
    assertThat(c.method())
        .isEqualTo(
            "2015 won: deflated to 2015 prices by GDP deflator (2015=100): × 100.00 (2015) /"
                + " 104.25 (2017) [source: Korea - GDP deflator (base year varies by country);"
                + " World Bank national accounts data and OECD National Accounts data files"
                + " (World Bank indicator NY.GDP.DEFL.ZS), via indexmundi,"
                + " http://indexmundi.com/facts/korea/indicator/NY.GDP.DEFL.ZS, undated];"
                + " factor 100.00/104.25 ≈ 0.9592326139; rounded to whole units, HALF_EVEN");
  }

  @Test
  void perCapitaInRealTermsRoundsOnceOverBothFactors() {
    Converted c =
        RealTermsConversion.nominal()
            .deflatedTo(2015, ShippedSeries.koreaGdpDeflator())
            .perPerson(ShippedSeries.koreaPopulation())
            .convert(FY2017_ENACTED, "KRW", FiscalYear.of(2017));
    // python3: 400500000000000 * 100 / 104.25 / 51361910 = 7479719.43…
    assertThat(c.result()).isEqualTo(new BigDecimal("7479719"));
    assertThat(c.factor().toString()).isEqualTo("100.00/5354479117.50");
    assertThat(c.unit()).isEqualTo("2015 won per person");
    assertThat(c.steps())
        .extracting(Step::kind)
        .containsExactly(Step.Kind.DEFLATE, Step.Kind.PER_CAPITA);
    assertThat(c.steps().get(1).description())
        .isEqualTo("per person by Population, total (midyear, de facto): / 51,361,910 (2017)");
  }

  @Test
  void nominalPerCapita() {
    Converted c =
        RealTermsConversion.nominal()
            .perPerson(ShippedSeries.koreaPopulation())
            .convert(FY2017_ENACTED, "KRW", FiscalYear.of(2017));
    // python3: 400500000000000 / 51361910 = 7797607.09…
    assertThat(c.result()).isEqualTo(new BigDecimal("7797607"));
    assertThat(c.unit()).isEqualTo("won per person");
  }

  @Test
  void convertsToDollarsAtTheStatedAnnualAverageRate() {
    Converted c =
        RealTermsConversion.nominal()
            .in("USD", ShippedSeries.koreaUsdRates(), RateBasis.ANNUAL_AVERAGE)
            .convert(new BigDecimal("673300000000000"), "KRW", FiscalYear.of(2025));
    // python3: 673300000000000 / 1422.16 = 473434775270.7 → 473434775271
    assertThat(c.result()).isEqualTo(new BigDecimal("473434775271"));
    assertThat(c.resultCurrency()).isEqualTo("USD");
    assertThat(c.unit()).isEqualTo("dollars");
    assertThat(c.steps().get(0).description())
        .isEqualTo("in USD at 1422.16 KRW per USD (2025 annual average): / 1422.16");
    assertThat(c.method()).contains("https://www.news1.kr/photos/7680005, 2026-01-04");
  }

  @Test
  void convertsDollarsToWonByMultiplying() {
    Converted c =
        RealTermsConversion.nominal()
            .in("KRW", ShippedSeries.koreaUsdRates(), RateBasis.END_OF_PERIOD)
            .convert(new BigDecimal("1000"), "USD", FiscalYear.of(2024));
    // 1000 × 1472.5 exactly
    assertThat(c.result()).isEqualTo(new BigDecimal("1472500"));
    assertThat(c.steps().get(0).description())
        .isEqualTo("in KRW at 1472.5 KRW per USD (2024-12-30, for 2024 end of period): × 1472.5");
  }

  @Test
  void deflatedDollarsUseTheBaseYearRate() {
    RealTermsConversion c =
        RealTermsConversion.nominal()
            .deflatedTo(2015, ShippedSeries.koreaGdpDeflator())
            .in("USD", ShippedSeries.koreaUsdRates(), RateBasis.ANNUAL_AVERAGE);
    assertThatThrownBy(() -> c.convert(FY2017_ENACTED, "KRW", FiscalYear.of(2017)))
        .isInstanceOf(MissingYearException.class)
        .hasMessage(
            "no KRW per USD annual average rate for 2015 in data/series/kr-usd-rates.csv (has"
                + " 2025)");
  }

  @Test
  void refusesCurrenciesTheRatesDoNotJoin() {
    RealTermsConversion c =
        RealTermsConversion.nominal()
            .in("EUR", ShippedSeries.koreaUsdRates(), RateBasis.ANNUAL_AVERAGE);
    assertThatThrownBy(() -> c.convert(BigDecimal.TEN, "KRW", FiscalYear.of(2025)))
        .isInstanceOf(RealTermsException.class)
        .hasMessage(
            "cannot convert KRW to EUR with KRW per USD rates from data/series/kr-usd-rates.csv");
  }

  @Test
  void namesTheMissingYearAndTheYearsTheFileHas() {
    Path file = ILLUSTRATIVE_2010_2018;
    RealTermsConversion c =
        RealTermsConversion.nominal().deflatedTo(2015, SeriesFile.priceIndex(file));
    assertThatThrownBy(() -> c.convert(BigDecimal.TEN, "KRW", FiscalYear.of(2019)))
        .isInstanceOf(MissingYearException.class)
        .hasMessage("no deflator for 2019 in " + file + " (has 2010–2018)");
    assertThatThrownBy(
            () ->
                RealTermsConversion.nominal()
                    .deflatedTo(2015, ShippedSeries.koreaGdpDeflator())
                    .convert(BigDecimal.TEN, "KRW", FiscalYear.of(2021)))
        .hasMessage("no deflator for 2021 in data/series/kr-gdp-deflator.csv (has 1960–2020)");
  }

  @Test
  void missingYearsAreListedAsRuns() {
    assertThat(MissingYearException.ranges(java.util.List.of(2019, 2010, 2011, 2012, 2015, 2020)))
        .isEqualTo("2010–2012, 2015, 2019–2020");
  }

  /** A hand-made index where 2016 is exactly twice 2015, so that halves occur. */
  private static PriceIndex doubling() {
    TreeMap<Integer, Observation> v = new TreeMap<>();
    Source s = new Source("test", "ILLUSTRATIVE", Optional.empty(), Optional.empty());
    v.put(2015, new Observation("2015", new BigDecimal("100"), "100", s, "test", 2));
    v.put(2016, new Observation("2016", new BigDecimal("200"), "200", s, "test", 3));
    return new PriceIndex(new AnnualSeries("doubling", "test", v), 2015);
  }

  @Test
  void tiesGoToTheEvenNeighbourByDefault() {
    RealTermsConversion c = RealTermsConversion.nominal().deflatedTo(2015, doubling());
    // 5 × 100/200 = 2.5 → 2; 7 × 100/200 = 3.5 → 4; -5 → -2.5 → -2
    assertThat(c.convert(new BigDecimal("5"), "KRW", FiscalYear.of(2016)).result()).isEqualTo("2");
    assertThat(c.convert(new BigDecimal("7"), "KRW", FiscalYear.of(2016)).result()).isEqualTo("4");
    assertThat(c.convert(new BigDecimal("-5"), "KRW", FiscalYear.of(2016)).result())
        .isEqualTo("-2");
  }

  @Test
  void otherRoundingModesAndScalesAreHonoured() {
    RealTermsConversion up =
        RealTermsConversion.nominal()
            .deflatedTo(2015, doubling())
            .rounded(new Rounding(0, RoundingMode.HALF_UP));
    assertThat(up.convert(new BigDecimal("5"), "KRW", FiscalYear.of(2016)).result()).isEqualTo("3");
    RealTermsConversion cents =
        RealTermsConversion.nominal()
            .deflatedTo(2015, doubling())
            .rounded(new Rounding(2, RoundingMode.HALF_EVEN));
    Converted c = cents.convert(new BigDecimal("0.05"), "USD", FiscalYear.of(2016));
    // 0.05 / 2 = 0.025 → 0.02
    assertThat(c.result()).isEqualTo("0.02");
    assertThat(c.maxRoundingError()).isEqualTo("0.005");
    assertThat(c.rounding().describe()).isEqualTo("rounded to 2 decimal places, HALF_EVEN");
    assertThat(new Rounding(0, RoundingMode.DOWN).maxError()).isEqualTo("1");
    assertThatThrownBy(() -> new Rounding(0, RoundingMode.UNNECESSARY))
        .hasMessage(
            "deflator and rate ratios rarely terminate; name a rounding mode other than"
                + " UNNECESSARY");
  }

  @Test
  void nominalIsTheIdentity() {
    Converted c = RealTermsConversion.nominal().convert(FY2017_ENACTED, "KRW", FiscalYear.of(2017));
    assertThat(c.result()).isEqualTo(FY2017_ENACTED);
    assertThat(c.method())
        .isEqualTo("won: no conversion; factor 1/1 ≈ 1; rounded to whole units, HALF_EVEN");
  }
}
