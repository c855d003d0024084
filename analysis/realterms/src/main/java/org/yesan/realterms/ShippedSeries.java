package org.yesan.realterms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

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
    URL resource = ShippedSeries.class.getResource("series/" + name);
    if (resource == null) {
      throw new IllegalStateException(
          "the shipped series "
              + name
              + " is missing from the class path; was the module built from a checkout with"
              + " data/series/?");
    }
    URI uri;
    try {
      uri = resource.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unusable resource location " + resource, e);
    }
    if (!"jar".equals(uri.getScheme())) {
      return Path.of(uri);
    }
    // The zip file system stays open: a read-only view of a jar the JVM already holds open.
    try {
      return FileSystems.getFileSystem(uri).provider().getPath(uri);
    } catch (FileSystemNotFoundException e) {
      try {
        return FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
    }
  }
}
