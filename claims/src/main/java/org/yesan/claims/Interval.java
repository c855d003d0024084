package org.yesan.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A range of exact values, either end open, with interval arithmetic on BigDecimals that rounds
 * outwards, so that a computed range always contains every value its inputs allow.
 */
record Interval(Optional<BigDecimal> low, Optional<BigDecimal> high) {

  private static final MathContext DOWN = new MathContext(24, RoundingMode.FLOOR);
  private static final MathContext UP = new MathContext(24, RoundingMode.CEILING);
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static Interval exact(BigDecimal v) {
    return new Interval(Optional.of(v), Optional.of(v));
  }

  static Interval closed(BigDecimal low, BigDecimal high) {
    return new Interval(Optional.of(low), Optional.of(high));
  }

  /** The values a figure stated to {@code step} can be a half-rounding of. */
  static Interval rounded(BigDecimal value, BigDecimal step) {
    BigDecimal half = step.multiply(new BigDecimal("0.5"));
    return closed(value.subtract(half), value.add(half));
  }

  static Interval atLeast(BigDecimal v) {
    return new Interval(Optional.of(v), Optional.empty());
  }

  static Interval atMost(BigDecimal v) {
    return new Interval(Optional.empty(), Optional.of(v));
  }

  /**
   * Whether some value lies in both. Two ranges of positive width that only touch do not overlap: a
   * figure stated as 273.9 (273.85 up to 273.95) and a data figure of 273.8 (273.75 up to 273.85)
   * agree only if the value is exactly the shared bound, which rounds up to one of them and down to
   * the other only under different rounding modes. A single value on a bound is inside.
   */
  boolean overlaps(Interval o) {
    boolean touchingCounts = isPoint() || o.isPoint();
    boolean belowOther =
        high.isPresent() && o.low.isPresent() && below(high.get(), o.low.get(), touchingCounts);
    boolean aboveOther =
        low.isPresent() && o.high.isPresent() && below(o.high.get(), low.get(), touchingCounts);
    return !belowOther && !aboveOther;
  }

  private boolean isPoint() {
    return low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) == 0;
  }

  private static boolean below(BigDecimal a, BigDecimal b, boolean touchingCounts) {
    int c = a.compareTo(b);
    return touchingCounts ? c < 0 : c <= 0;
  }

  /** {@code this / o}, for positive closed intervals. */
  Interval dividedBy(Interval o) {
    return closed(
        low.orElseThrow().divide(o.high.orElseThrow(), DOWN),
        high.orElseThrow().divide(o.low.orElseThrow(), UP));
  }

  /** {@code this - o}, for closed intervals. */
  Interval minus(Interval o) {
    return closed(
        low.orElseThrow().subtract(o.high.orElseThrow()),
        high.orElseThrow().subtract(o.low.orElseThrow()));
  }

  /** {@code (this - 1) × 100}: a ratio as a percent change. */
  Interval asPercentChange() {
    return closed(
        low.orElseThrow().subtract(BigDecimal.ONE).multiply(HUNDRED),
        high.orElseThrow().subtract(BigDecimal.ONE).multiply(HUNDRED));
  }

  /** {@code this × 100}. */
  Interval asPercent() {
    return closed(low.orElseThrow().multiply(HUNDRED), high.orElseThrow().multiply(HUNDRED));
  }

  Interval negated() {
    return new Interval(high.map(BigDecimal::negate), low.map(BigDecimal::negate));
  }

  /** {@code [a, b]} with {@code digits} decimals, rounded outwards, for reports. */
  String show(int digits) {
    String l = low.map(v -> v.setScale(digits, RoundingMode.FLOOR).toPlainString()).orElse("−∞");
    String h = high.map(v -> v.setScale(digits, RoundingMode.CEILING).toPlainString()).orElse("∞");
    return "[" + l + ", " + h + "]";
  }
}
