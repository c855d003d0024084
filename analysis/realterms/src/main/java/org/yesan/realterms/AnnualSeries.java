package org.yesan.realterms;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A named series with at most one observation per calendar year, read from one origin. */
public record AnnualSeries(String name, String origin, SortedMap<Integer, Observation> values) {

  public AnnualSeries {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("series " + name + " from " + origin + " has no values");
    }
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  /**
   * The observation for a year, or a {@link MissingYearException} calling the series {@code what}.
   */
  public Observation at(int year, String what) {
    Observation o = values.get(year);
    if (o == null) {
      throw new MissingYearException(what, year, origin, values.keySet());
    }
    return o;
  }

  public int firstYear() {
    return values.firstKey();
  }

  public int lastYear() {
    return values.lastKey();
  }
}
