package org.yesan.realterms;

/**
 * A price index by year (a deflator such as the GDP deflator), equal to 100 in its base year; the
 * unit is index points, {@code BASE=100}.
 */
public record PriceIndex(AnnualSeries series, int baseYear) {

  /** How the index is named in converted figures: {@code GDP deflator (2015=100)}. */
  public String label() {
    return series.name() + " (" + baseYear + "=100)";
  }

  public Observation at(int year) {
    return series.at(year, "deflator");
  }

  public String origin() {
    return series.origin();
  }
}
