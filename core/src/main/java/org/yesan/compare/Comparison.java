package org.yesan.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;

/**
 * Two aggregates of the same drilldown set side by side — two years or two stages — with the
 * absolute change, the percentage change and each side's share of its total.
 *
 * <p>A figure that a side does not have is empty, never zero: when a side holds no facts at all for
 * the selection (a stage the measure lacks, a year not loaded), every row and the total have no
 * figure on that side and no change. A line present on one side only is new or gone; it has no
 * change either, since there is nothing to subtract from. Percentages are exact quotients rounded
 * once, to {@link #PERCENT_SCALE} places with {@link #PERCENT_ROUNDING}; a change from zero has no
 * percentage.
 */
public record Comparison(
    Side base,
    Side target,
    List<String> dimensions,
    List<Cut> selection,
    List<Row> rows,
    Row total) {

  public static final int PERCENT_SCALE = 2;
  public static final RoundingMode PERCENT_ROUNDING = RoundingMode.HALF_UP;

  public Comparison {
    dimensions = List.copyOf(dimensions);
    selection = List.copyOf(selection);
    rows = List.copyOf(rows);
  }

  /**
   * One side of the comparison: its label (a year or a stage) and how many facts it holds for the
   * selection; a side without facts has no figures.
   */
  public record Side(String label, long facts) {
    public Side {
      if (label == null || label.isBlank() || facts < 0) {
        throw new IllegalArgumentException("a side needs a label and a fact count ≥ 0");
      }
    }

    public boolean hasData() {
      return facts > 0;
    }
  }

  /** How a row's two sides relate. */
  public enum Status {
    /** The same members on both sides. */
    BOTH("both"),
    /** Different members on the two sides, joined by a cross-year link. */
    RENAMED("renamed"),
    /** Only on the target side, which has figures. */
    NEW("new"),
    /** Only on the base side, which has figures. */
    GONE("gone"),
    /** The base side has no figures at all for the selection. */
    NO_BASE_DATA("no_base_data"),
    /** The target side has no figures at all for the selection. */
    NO_TARGET_DATA("no_target_data");

    private final String id;

    Status(String id) {
      this.id = id;
    }

    /** The status as written in JSON and CSV: {@code both}, {@code renamed}, {@code new}, … */
    public String id() {
      return id;
    }
  }

  /**
   * One line of the comparison: its members (the target's when renamed), the base's members when
   * they differ, both amounts when present, and what follows from them.
   */
  public record Row(
      List<String> members,
      Optional<List<String>> baseMembers,
      Optional<BigDecimal> base,
      Optional<BigDecimal> target,
      Status status,
      Optional<BigDecimal> change,
      Optional<BigDecimal> percentChange,
      Optional<BigDecimal> baseShare,
      Optional<BigDecimal> targetShare) {
    public Row {
      members = List.copyOf(members);
      baseMembers = baseMembers.map(List::copyOf);
      if (change.isPresent() != (base.isPresent() && target.isPresent())) {
        throw new IllegalArgumentException("a change needs both sides, and both sides give one");
      }
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

  /** Joins two results on their members, with no renames. */
  public static Comparison of(
      String baseLabel, AggregateResult base, String targetLabel, AggregateResult target) {
    return of(baseLabel, base, targetLabel, target, Map.of());
  }

  /**
   * Joins two results on their members. Both must have the same dimensions; the totals are each
   * result's grand total (over every cell, not just the ones listed). {@code renames} maps a base
   * row's members to the target row that continues it: the two become one {@link Status#RENAMED}
   * row when each is found on its own side only.
   */
  public static Comparison of(
      String baseLabel,
      AggregateResult base,
      String targetLabel,
      AggregateResult target,
      Map<List<String>, List<String>> renames) {
    if (!base.dimensions().equals(target.dimensions())) {
      throw new IllegalArgumentException(
          "cannot compare results drilled down by "
              + base.dimensions()
              + " and "
              + target.dimensions());
    }
    Side b = new Side(baseLabel, base.summary().count());
    Side t = new Side(targetLabel, target.summary().count());
    Map<List<String>, BigDecimal> baseCells = cells(base);
    Map<List<String>, BigDecimal> targetCells = cells(target);
    Map<List<String>, List<String>> joinedFrom = new LinkedHashMap<>();
    renames.forEach(
        (from, to) -> {
          if (baseCells.containsKey(from)
              && !targetCells.containsKey(from)
              && targetCells.containsKey(to)
              && !baseCells.containsKey(to)) {
            joinedFrom.put(to, from);
          }
        });
    Totals totals = new Totals(b, t, base.summary().amount(), target.summary().amount());
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<List<String>, BigDecimal> e : baseCells.entrySet()) {
      if (joinedFrom.containsValue(e.getKey())) {
        continue; // shown on its successor's row
      }
      rows.add(totals.row(e.getKey(), Optional.empty(), e.getValue(), targetCells.get(e.getKey())));
    }
    for (Map.Entry<List<String>, BigDecimal> e : targetCells.entrySet()) {
      Optional<List<String>> from = Optional.ofNullable(joinedFrom.get(e.getKey()));
      if (from.isPresent()) {
        rows.add(totals.row(e.getKey(), from, baseCells.get(from.get()), e.getValue()));
      } else if (!baseCells.containsKey(e.getKey())) {
        rows.add(totals.row(e.getKey(), Optional.empty(), null, e.getValue()));
      }
    }
    Row total = totals.row(List.of(), Optional.empty(), totals.baseAmount, totals.targetAmount);
    return new Comparison(b, t, base.dimensions(), common(base, target), rows, total);
  }

  private static Map<List<String>, BigDecimal> cells(AggregateResult r) {
    Map<List<String>, BigDecimal> out = new LinkedHashMap<>();
    for (AggregateResult.Cell c : r.cells()) {
      out.merge(c.members(), c.amount(), BigDecimal::add);
    }
    return out;
  }

  /** The cuts both sides share: the selection, without the year or stage that differs. */
  private static List<Cut> common(AggregateResult base, AggregateResult target) {
    List<Cut> theirs = target.query().cuts().cuts();
    return base.query().cuts().cuts().stream().filter(theirs::contains).toList();
  }

  /** Both sides with their grand totals, from which each row's figures follow. */
  private record Totals(Side base, Side target, BigDecimal baseAmount, BigDecimal targetAmount) {

    Row row(List<String> members, Optional<List<String>> from, BigDecimal b, BigDecimal t) {
      Optional<BigDecimal> bv = base.hasData() ? Optional.ofNullable(b) : Optional.empty();
      Optional<BigDecimal> tv = target.hasData() ? Optional.ofNullable(t) : Optional.empty();
      Status status;
      if (!base.hasData()) {
        status = Status.NO_BASE_DATA;
      } else if (!target.hasData()) {
        status = Status.NO_TARGET_DATA;
      } else if (bv.isEmpty()) {
        status = Status.NEW;
      } else if (tv.isEmpty()) {
        status = Status.GONE;
      } else {
        status = from.isPresent() ? Status.RENAMED : Status.BOTH;
      }
      Optional<BigDecimal> change =
          bv.isPresent() && tv.isPresent()
              ? Optional.of(tv.get().subtract(bv.get()))
              : Optional.empty();
      return new Row(
          members,
          from,
          bv,
          tv,
          status,
          change,
          change.flatMap(c -> percent(c, bv.get())),
          bv.flatMap(x -> percent(x, baseAmount)),
          tv.flatMap(x -> percent(x, targetAmount)));
    }
  }

  /** Whether either side holds no figures at all for the selection. */
  public boolean sideMissing() {
    return !base.hasData() || !target.hasData();
  }

  /**
   * Why figures are missing, in English: which side has no facts for which selection; empty when
   * both sides have data.
   */
  public Optional<String> missingReason() {
    List<String> empty = new ArrayList<>();
    for (Side s : List.of(base, target)) {
      if (!s.hasData()) {
        empty.add(s.label());
      }
    }
    if (empty.isEmpty()) {
      return Optional.empty();
    }
    String where = selection.isEmpty() ? "" : " for " + selectionText();
    return Optional.of(
        "no "
            + String.join(" or ", empty)
            + " figures are stored"
            + where
            + ", so there is no change to show; a missing figure is not 0");
  }

  /** The shared cuts as {@code dimension:value|…}, or {@code (all)} when there are none. */
  public String selectionText() {
    return selection.isEmpty()
        ? "(all)"
        : selection.stream().map(Cut::toString).collect(Collectors.joining("|"));
  }

  public String baseLabel() {
    return base.label();
  }

  public String targetLabel() {
    return target.label();
  }

  /**
   * A copy whose rows are sorted by the absolute size of their change, largest first; rows with no
   * change follow, largest amount first.
   */
  public Comparison byLargestChange() {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(
        java.util.Comparator.comparing(
                (Row r) -> r.change().map(BigDecimal::abs).orElse(null),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparing(
                (Row r) -> r.target().or(r::base).map(BigDecimal::abs).orElse(BigDecimal.ZERO),
                java.util.Comparator.reverseOrder()));
    return new Comparison(base, target, dimensions, selection, sorted, total);
  }
}
