package org.yesan.realterms;

/** The number of persons by year, for per-capita figures. */
public record Population(AnnualSeries series) {

  public String label() {
    return series.name();
  }

  public Observation at(int year) {
    return series.at(year, "population");
  }

  public String origin() {
    return series.origin();
  }
}
