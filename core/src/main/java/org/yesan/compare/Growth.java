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
import org.yesan.query.Cut;
import org.yesan.query.Dimensions;

/**
 * Amounts of one group across many years, with the change on each previous year and the compound
 * annual growth rate from the first year to the last.
 *
 * <p>Percentages are rounded once to {@link #PERCENT_SCALE} places, {@link #ROUNDING}. CAGR is
 * {@code (last/first)^(1/years) − 1}, computed to 34 significant digits before that rounding; it is
 * empty when the first amount is not positive or the last is negative (no real root). Years without
 * figures in between do not change it: it runs from the first year with an amount to the last.
 */
public record Growth(List<String> members, List<Point> points, Optional<BigDecimal> cagrPercent) {

  public static final int PERCENT_SCALE = 2;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  private static final MathContext WORK = MathContext.DECIMAL128;

  public Growth {
    members = List.copyOf(members);
    points = List.copyOf(points);
  }

  /**
   * One year of the series; a year without figures for the group has no amount and no change (never
   * 0), and neither has the year after it.
   */
  public record Point(
      int fiscalYear,
      Optional<BigDecimal> amount,
      Optional<BigDecimal> change,
      Optional<BigDecimal> percent) {
    public Point {
      if (amount.isEmpty() && change.isPresent()) {
        throw new IllegalArgumentException("a year without an amount has no change");
      }
    }
  }

  /** The years of the series that have no amount. */
  public List<Integer> missingYears() {
    return points.stream().filter(p -> p.amount().isEmpty()).map(Point::fiscalYear).toList();
  }

  /**
   * Splits a result drilled down by fiscal_year (at dimension {@code yearIndex}) and other
   * dimensions into one series per combination of the other members. Every series spans the same
   * years, from the first to the last year any group has (or the cut's year range when it is
   * wider): a year a group lacks is a point without an amount.
   */
  public static List<Growth> of(AggregateResult result, int yearIndex) {
    Map<List<String>, TreeMap<Integer, BigDecimal>> groups = new LinkedHashMap<>();
    TreeMap<Integer, Boolean> years = new TreeMap<>();
    for (AggregateResult.Cell c : result.cells()) {
      List<String> key = new ArrayList<>(c.members());
      int year = Integer.parseInt(key.remove(yearIndex));
      years.put(year, true);
      groups.computeIfAbsent(key, k -> new TreeMap<>()).merge(year, c.amount(), BigDecimal::add);
    }
    result
        .query()
        .cuts()
        .on(Dimensions.FISCAL_YEAR)
        .flatMap(Cut::range)
        .ifPresent(
            r -> {
              years.put(r.from(), true);
              years.put(r.to(), true);
            });
    List<Growth> out = new ArrayList<>();
    if (years.isEmpty()) {
      return out;
    }
    for (Map.Entry<List<String>, TreeMap<Integer, BigDecimal>> g : groups.entrySet()) {
      out.add(series(g.getKey(), g.getValue(), years.firstKey(), years.lastKey()));
    }
    return out;
  }

  static Growth series(
      List<String> members, TreeMap<Integer, BigDecimal> byYear, int firstYear, int lastYear) {
    List<Point> points = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      Optional<BigDecimal> amount = Optional.ofNullable(byYear.get(year));
      Optional<BigDecimal> previous = Optional.ofNullable(byYear.get(year - 1));
      // A gap year breaks the chain: a change over two years is not a year-on-year change.
      Optional<BigDecimal> change =
          amount.isPresent() && previous.isPresent()
              ? Optional.of(amount.get().subtract(previous.get()))
              : Optional.empty();
      Optional<BigDecimal> pct = change.flatMap(c -> Comparison.percent(c, previous.get()));
      points.add(new Point(year, amount, change, pct));
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
