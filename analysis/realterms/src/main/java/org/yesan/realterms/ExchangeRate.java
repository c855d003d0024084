package org.yesan.realterms;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Dated exchange rates between two currencies, written as units of {@code quote} per one unit of
 * {@code base} (KRW per USD), each marked as an annual average or an end-of-period rate.
 */
public record ExchangeRate(
    String quote,
    String base,
    String origin,
    Map<RateBasis, SortedMap<Integer, Observation>> byYear) {

  public ExchangeRate {
    Map<RateBasis, SortedMap<Integer, Observation>> copy = new java.util.EnumMap<>(RateBasis.class);
    byYear.forEach(
        (k, v) -> copy.put(k, java.util.Collections.unmodifiableSortedMap(new TreeMap<>(v))));
    byYear = java.util.Collections.unmodifiableMap(copy);
  }

  /** {@code KRW per USD}. */
  public String pair() {
    return quote + " per " + base;
  }

  /** The rate of a year on a basis, or a {@link MissingYearException}. */
  public Observation at(int year, RateBasis basis) {
    SortedMap<Integer, Observation> rates = byYear.getOrDefault(basis, new TreeMap<>());
    Observation o = rates.get(year);
    if (o == null) {
      throw new MissingYearException(
          pair() + " " + basis.words() + " rate", year, origin, List.copyOf(rates.keySet()));
    }
    return o;
  }
}
