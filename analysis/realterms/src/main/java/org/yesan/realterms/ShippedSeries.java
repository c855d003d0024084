package org.yesan.realterms;

import java.nio.file.Path;
import org.yesan.ingest.BundledFile;

/**
 * The published Korean series Yesan ships in {@code data/series/} (and inside this module's jar),
 * each row with the page it was read from; see docs/real-terms.md for coverage and gaps.
 */
public final class ShippedSeries {

  /** World Bank GDP deflator for Korea, 2015=100, 1960–2020. */
  public static final String GDP_DEFLATOR = "kr-gdp-deflator.csv";

  /** World Bank total population of Korea (midyear), 1960–2020. */
  public static final String POPULATION = "kr-population.csv";

  /** A few KRW per USD annual-average and closing rates, 2023–2025, from Korean news pages. */
  public static final String USD_RATES = "kr-usd-rates.csv";

  private ShippedSeries() {}

  public static PriceIndex koreaGdpDeflator() {
    return SeriesFile.priceIndex(path(GDP_DEFLATOR), origin(GDP_DEFLATOR));
  }

  public static Population koreaPopulation() {
    return SeriesFile.population(path(POPULATION), origin(POPULATION));
  }

  public static ExchangeRate koreaUsdRates() {
    return SeriesFile.exchangeRate(path(USD_RATES), origin(USD_RATES));
  }

  /** How a shipped file is named in messages: {@code data/series/kr-gdp-deflator.csv}. */
  public static String origin(String name) {
    return "data/series/" + name;
  }

  private static Path path(String name) {
    return BundledFile.of(
        ShippedSeries.class,
        "series/" + name,
        "the shipped series " + name + " (from data/series/)");
  }
}
