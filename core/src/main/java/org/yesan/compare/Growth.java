package org.yesan.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yesan.query.AggregateResult;

/**
 * Amounts of one group across many years, with the change on each previous year and the compound
 * annual growth rate from the first year to the last.
 *
 * <p>Percentages are rounded once to {@link #PERCENT_SCALE} places, {@link #ROUNDING}. CAGR is
 * {@code (last/first)^(1/years) − 1}, computed to 34 significant digits before that rounding; it is
 * empty when the first amount is not positive or the last is negative (no real root).
 */
public record Growth(List<String> members, List<Point> points, Optional<BigDecimal> cagrPercent) {

  public static final int PERCENT_SCALE = 2;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  private static final MathContext WORK = MathContext.DECIMAL128;

  public Growth {
    members = List.copyOf(members);
    points = List.copyOf(points);
  }

  /** One year of the series. */
  public record Point(
      int fiscalYear,
      BigDecimal amount,
      Optional<BigDecimal> change,
      Optional<BigDecimal> percent) {}

  /**
   * Splits a result drilled down by fiscal_year (at dimension {@code yearIndex}) and other
   * dimensions into one series per combination of the other members.
   */
  public static List<Growth> of(AggregateResult result, int yearIndex) {
    Map<List<String>, TreeMap<Integer, BigDecimal>> groups = new LinkedHashMap<>();
    for (AggregateResult.Cell c : result.cells()) {
      List<String> key = new ArrayList<>(c.members());
      int year = Integer.parseInt(key.remove(yearIndex));
      groups.computeIfAbsent(key, k -> new TreeMap<>()).merge(year, c.amount(), BigDecimal::add);
    }
    List<Growth> out = new ArrayList<>();
    for (Map.Entry<List<String>, TreeMap<Integer, BigDecimal>> g : groups.entrySet()) {
      out.add(series(g.getKey(), g.getValue()));
    }
    return out;
  }

  static Growth series(List<String> members, TreeMap<Integer, BigDecimal> byYear) {
    List<Point> points = new ArrayList<>();
    Map.Entry<Integer, BigDecimal> prev = null;
    for (Map.Entry<Integer, BigDecimal> e : byYear.entrySet()) {
      // A gap year breaks the chain: a change over two years is not a year-on-year change.
      boolean consecutive = prev != null && prev.getKey() == e.getKey() - 1;
      Optional<BigDecimal> change =
          consecutive ? Optional.of(e.getValue().subtract(prev.getValue())) : Optional.empty();
      Optional<BigDecimal> pct =
          consecutive ? Comparison.percent(change.get(), prev.getValue()) : Optional.empty();
      points.add(new Point(e.getKey(), e.getValue(), change, pct));
      prev = e;
    }
    return new Growth(members, points, cagr(byYear));
  }

  /** Compound annual growth between the first and last year, as a percentage. */
  public static Optional<BigDecimal> cagr(TreeMap<Integer, BigDecimal> byYear) {
    if (byYear.size() < 2) {
      return Optional.empty();
    }
    BigDecimal first = byYear.firstEntry().getValue();
    BigDecimal last = byYear.lastEntry().getValue();
    int years = byYear.lastKey() - byYear.firstKey();
    if (first.signum() <= 0 || last.signum() < 0) {
      return Optional.empty();
    }
    BigDecimal ratio = last.divide(first, WORK);
    BigDecimal root = nthRoot(ratio, years);
    return Optional.of(
        root.subtract(BigDecimal.ONE)
            .multiply(BigDecimal.valueOf(100))
            .setScale(PERCENT_SCALE, ROUNDING));
  }

  /** The positive real n-th root by Newton's method, to 34 significant digits. */
  static BigDecimal nthRoot(BigDecimal x, int n) {
    if (x.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal bn = BigDecimal.valueOf(n);
    BigDecimal guess = BigDecimal.valueOf(Math.pow(x.doubleValue(), 1.0 / n));
    if (guess.signum() <= 0) {
      guess = BigDecimal.ONE;
    }
    for (int i = 0; i < 200; i++) {
      BigDecimal next =
          guess
              .multiply(bn.subtract(BigDecimal.ONE))
              .add(x.divide(guess.pow(n - 1, WORK), WORK))
              .divide(bn, WORK);
      if (next.subtract(guess).abs().compareTo(BigDecimal.ONE.movePointLeft(30)) < 0) {
        return next;
      }
      guess = next;
    }
    return guess;
  }
}
