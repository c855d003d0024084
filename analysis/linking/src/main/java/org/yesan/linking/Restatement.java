package org.yesan.linking;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The later year's own restatement of the earlier year: amounts the later book reports for the
 * earlier year in its own classification (전년도당초금액), beside the earlier year's own amounts of the
 * same measure and stage. Both sides are of one measure, so comparing them never mixes bases.
 *
 * @param restated by later-year path: the earlier year's amount as the later book restates it
 * @param original by earlier-year path: the earlier year's amount as its own book reports it
 */
public record Restatement(
    SortedMap<LinePath, BigDecimal> restated, SortedMap<LinePath, BigDecimal> original) {

  public Restatement {
    restated = Collections.unmodifiableSortedMap(new TreeMap<>(restated));
    original = Collections.unmodifiableSortedMap(new TreeMap<>(original));
  }

  public static Restatement of(YearLines restatedInLaterBook, YearLines earlierOwnBook) {
    return new Restatement(restatedInLaterBook.amounts(), earlierOwnBook.amounts());
  }

  /**
   * Later-year path → earlier-year path wherever a non-zero restated amount equals exactly one
   * earlier line's amount and no other later line restates the same amount; ambiguous amounts give
   * no evidence.
   */
  public Map<LinePath, LinePath> matches() {
    Map<BigDecimal, List<LinePath>> earlierByAmount = byAmount(original);
    Map<BigDecimal, List<LinePath>> laterByAmount = byAmount(restated);
    Map<LinePath, LinePath> out = new HashMap<>();
    laterByAmount.forEach(
        (amount, later) -> {
          List<LinePath> earlier = earlierByAmount.getOrDefault(amount, List.of());
          if (later.size() == 1 && earlier.size() == 1) {
            out.put(later.get(0), earlier.get(0));
          }
        });
    return out;
  }

  public Optional<BigDecimal> restatedAt(LinePath laterPath) {
    return Optional.ofNullable(restated.get(laterPath));
  }

  public Optional<BigDecimal> originalAt(LinePath earlierPath) {
    return Optional.ofNullable(original.get(earlierPath));
  }

  private static Map<BigDecimal, List<LinePath>> byAmount(Map<LinePath, BigDecimal> amounts) {
    Map<BigDecimal, List<LinePath>> out = new HashMap<>();
    amounts.forEach(
        (p, a) -> {
          if (a.signum() != 0) {
            // stripTrailingZeros so that 1000 and 1000.0 are one key
            out.computeIfAbsent(a.stripTrailingZeros(), k -> new java.util.ArrayList<>()).add(p);
          }
        });
    return out;
  }
}
