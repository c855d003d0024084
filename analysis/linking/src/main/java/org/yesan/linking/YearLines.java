package org.yesan.linking;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yesan.model.FiscalYear;

/**
 * The lines of one year, keyed by path; rows that share a path (a few source files repeat one) are
 * summed, because a path is what the linker identifies.
 */
public record YearLines(FiscalYear year, SortedMap<LinePath, BigDecimal> amounts) {

  public YearLines {
    amounts = Collections.unmodifiableSortedMap(new TreeMap<>(amounts));
  }

  /** Sums the lines by path. */
  public static YearLines of(FiscalYear year, Collection<Line> lines) {
    SortedMap<LinePath, BigDecimal> sums = new TreeMap<>();
    for (Line l : lines) {
      sums.merge(l.path(), l.amount(), BigDecimal::add);
    }
    return new YearLines(year, sums);
  }

  public Optional<BigDecimal> amount(LinePath path) {
    return Optional.ofNullable(amounts.get(path));
  }

  public int size() {
    return amounts.size();
  }

  public BigDecimal total() {
    return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
