package org.yesan.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yesan.query.AggregateResult;

/**
 * Two aggregates of the same drilldown set side by side — two years or two stages — with the
 * absolute change, the percentage change and each side's share of its total.
 *
 * <p>Percentages are exact quotients rounded once, to {@link #PERCENT_SCALE} places with {@link
 * #PERCENT_ROUNDING}; a change from zero has no percentage.
 */
public record Comparison(
    String baseLabel, String targetLabel, List<String> dimensions, List<Row> rows, Row total) {

  public static final int PERCENT_SCALE = 2;
  public static final RoundingMode PERCENT_ROUNDING = RoundingMode.HALF_UP;

  public Comparison {
    dimensions = List.copyOf(dimensions);
    rows = List.copyOf(rows);
  }

  /** One line of the comparison: members, both amounts (zero when absent on a side). */
  public record Row(
      List<String> members,
      BigDecimal base,
      BigDecimal target,
      boolean inBase,
      boolean inTarget,
      BigDecimal change,
      Optional<BigDecimal> percentChange,
      Optional<BigDecimal> baseShare,
      Optional<BigDecimal> targetShare) {
    public Row {
      members = List.copyOf(members);
    }
  }

  /** The percentage {@code part / whole × 100}, or empty when the whole is zero. */
  public static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        part.multiply(BigDecimal.valueOf(100)).divide(whole, PERCENT_SCALE, PERCENT_ROUNDING));
  }

  /**
   * Joins two results on their members. Both must have the same dimensions; the totals are each
   * result's grand total (over every cell, not just the ones listed).
   */
  public static Comparison of(
      String baseLabel, AggregateResult base, String targetLabel, AggregateResult target) {
    if (!base.dimensions().equals(target.dimensions())) {
      throw new IllegalArgumentException(
          "cannot compare results drilled down by "
              + base.dimensions()
              + " and "
              + target.dimensions());
    }
    Map<List<String>, BigDecimal[]> joined = new LinkedHashMap<>();
    for (AggregateResult.Cell c : base.cells()) {
      joined.computeIfAbsent(c.members(), k -> new BigDecimal[2])[0] = c.amount();
    }
    for (AggregateResult.Cell c : target.cells()) {
      joined.computeIfAbsent(c.members(), k -> new BigDecimal[2])[1] = c.amount();
    }
    BigDecimal baseTotal = base.summary().amount();
    BigDecimal targetTotal = target.summary().amount();
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<List<String>, BigDecimal[]> e : joined.entrySet()) {
      rows.add(row(e.getKey(), e.getValue()[0], e.getValue()[1], baseTotal, targetTotal));
    }
    Row total = row(List.of(), baseTotal, targetTotal, baseTotal, targetTotal);
    return new Comparison(baseLabel, targetLabel, base.dimensions(), rows, total);
  }

  private static Row row(
      List<String> members,
      BigDecimal b,
      BigDecimal t,
      BigDecimal baseTotal,
      BigDecimal targetTotal) {
    BigDecimal base = b == null ? BigDecimal.ZERO : b;
    BigDecimal target = t == null ? BigDecimal.ZERO : t;
    BigDecimal change = target.subtract(base);
    return new Row(
        members,
        base,
        target,
        b != null,
        t != null,
        change,
        b == null ? Optional.empty() : percent(change, base),
        b == null ? Optional.empty() : percent(base, baseTotal),
        t == null ? Optional.empty() : percent(target, targetTotal));
  }

  /** A copy whose rows are sorted by the absolute size of their change, largest first. */
  public Comparison byLargestChange() {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort((x, y) -> y.change().abs().compareTo(x.change().abs()));
    return new Comparison(baseLabel, targetLabel, dimensions, sorted, total);
  }
}
