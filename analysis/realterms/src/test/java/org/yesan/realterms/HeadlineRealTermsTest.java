package org.yesan.realterms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.headline.HeadlineCsvFormat;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;
import org.yesan.query.Drilldown;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;

/** Real terms on the kr-headline dataset, as `yesan demo` loads it. */
class HeadlineRealTermsTest {

  private static DuckDbFactStore store;

  @BeforeAll
  static void load() {
    store = DuckDbFactStore.inMemory();
    store.importFiles(
        List.of(
            new ImportInput(
                Path.of("bundled:kr-total-expenditure.csv"),
                "headline",
                "test",
                HeadlineCsvFormat.bundled(),
                Optional.of("kr-headline"))),
        ImportProgress.NONE);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static AggregateResult enactedTotalsByYear() {
    return store.aggregate(
        AggregateQuery.of("kr-headline")
            .withDrilldown(Drilldown.parse("fiscal_year"))
            .withCut(Cut.of("measure", "total_expenditure"))
            .withCut(Cut.of("stage", "enacted"))
            .withCut(Cut.years("fiscal_year", 2017, 2026)));
  }

  private static List<RealTermsResult.RealCell> byYear(RealTermsResult r) {
    return r.cells().stream().sorted(Comparator.comparingInt(c -> c.year().value())).toList();
  }

  @Test
  void deflatesEnactedTotals2017To2026WithTheIllustrativeSeries() {
    // ILLUSTRATIVE test series, not data: the shipped World Bank deflator stops at 2020.
    PriceIndex illustrative =
        SeriesFile.priceIndex(Path.of("src/test/resources/illustrative-deflator-2015-2026.csv"));
    RealTermsResult r =
        RealTermsResult.of(
            enactedTotalsByYear(),
            "KRW",
            RealTermsConversion.nominal().deflatedTo(2015, illustrative));
    // python3 Fraction: 조원 × 10^12 × 100 / index, rounded half-even, from the enacted totals in
    // data/kr-total-expenditure.csv (400.5, 428.8, 469.6, 512.3, 558.0, 607.7, 638.7, 656.6,
    // 673.3, 727.9) and the illustrative indices 104, 105, 105, 106, 108, 110, 112, 115, 118, 120
    assertThat(byYear(r))
        .extracting(c -> c.year().value() + "=" + c.converted().result())
        .containsExactly(
            "2017=385096153846154",
            "2018=408380952380952",
            "2019=447238095238095",
            "2020=483301886792453",
            "2021=516666666666667",
            "2022=552454545454545",
            "2023=570267857142857",
            "2024=570956521739130",
            "2025=570593220338983",
            "2026=606583333333333");
    assertThat(
            r.cells().stream()
                .map(c -> c.converted().result())
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(new BigDecimal("5111539232933169"));
    assertThat(byYear(r).get(0).cell().amount()).isEqualByComparingTo("400500000000000");
    assertThat(byYear(r).get(0).converted().method()).contains("ILLUSTRATIVE deflator (2015=100)");
  }

  @Test
  void deflatesEnactedTotals2017To2020WithTheShippedDeflator() {
    AggregateResult years =
        store.aggregate(
            AggregateQuery.of("kr-headline")
                .withDrilldown(Drilldown.parse("fiscal_year"))
                .withCut(Cut.of("measure", "total_expenditure"))
                .withCut(Cut.of("stage", "enacted"))
                .withCut(Cut.years("fiscal_year", 2017, 2020)));
    RealTermsResult r =
        RealTermsResult.of(
            years,
            "KRW",
            RealTermsConversion.nominal().deflatedTo(2015, ShippedSeries.koreaGdpDeflator()));
    // python3 Fraction with World Bank indices 2017 104.25, 2018 104.76, 2019 103.88, 2020 105.24
    assertThat(byYear(r))
        .extracting(c -> c.year().value() + "=" + c.converted().result())
        .containsExactly(
            "2017=384172661870504",
            "2018=409316533027873",
            "2019=452060069310743",
            "2020=486792094260737");
    assertThat(byYear(r).get(3).converted().factor().toString()).isEqualTo("100.00/105.24");
  }

  @Test
  void theShippedDeflatorStopsAt2020() {
    assertThatThrownBy(
            () ->
                RealTermsResult.of(
                    enactedTotalsByYear(),
                    "KRW",
                    RealTermsConversion.nominal()
                        .deflatedTo(2015, ShippedSeries.koreaGdpDeflator())))
        .isInstanceOf(MissingYearException.class)
        .hasMessage("no deflator for 2021 in data/series/kr-gdp-deflator.csv (has 1960–2020)");
  }

  @Test
  void aSingleYearCutStandsInForTheYearMember() {
    AggregateResult one =
        store.aggregate(
            AggregateQuery.of("kr-headline")
                .withCut(Cut.of("measure", "total_expenditure"))
                .withCut(Cut.of("stage", "enacted"))
                .withCut(Cut.of("fiscal_year", "2017")));
    RealTermsResult r =
        RealTermsResult.of(
            one,
            "KRW",
            RealTermsConversion.nominal()
                .deflatedTo(2015, ShippedSeries.koreaGdpDeflator())
                .perPerson(ShippedSeries.koreaPopulation()));
    assertThat(r.cells())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.year().value()).isEqualTo(2017);
              assertThat(c.converted().result()).isEqualTo(new BigDecimal("7479719"));
            });
  }

  @Test
  void refusesResultsWithoutAYear() {
    AggregateResult noYear =
        store.aggregate(
            AggregateQuery.of("kr-headline")
                .withCut(Cut.of("measure", "total_expenditure"))
                .withCut(Cut.of("stage", "enacted"))
                .withCut(Cut.years("fiscal_year", 2017, 2018)));
    assertThatThrownBy(
            () ->
                RealTermsResult.of(
                    noYear,
                    "KRW",
                    RealTermsConversion.nominal()
                        .deflatedTo(2015, ShippedSeries.koreaGdpDeflator())))
        .isInstanceOf(RealTermsException.class)
        .hasMessage(
            "real terms need the fiscal year of every amount: drill down by fiscal_year or cut a"
                + " single fiscal_year");
  }
}
