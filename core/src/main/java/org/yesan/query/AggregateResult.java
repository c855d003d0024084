package org.yesan.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to an {@link AggregateQuery}: one cell per combination of drilldown members, with the
 * exact sum and the number of facts, and the grand total over all cells (not just this page).
 */
public record AggregateResult(
    AggregateQuery query, List<String> dimensions, List<Cell> cells, Summary summary) {

  public AggregateResult {
    dimensions = List.copyOf(dimensions);
    cells = List.copyOf(cells);
  }

  /**
   * One group: its members (aligned with dimensions; empty string for an absent member), the sum of
   * its facts' amounts, how many facts, and the smallest and largest single amount.
   */
  public record Cell(
      List<String> members, BigDecimal amount, long count, BigDecimal min, BigDecimal max) {
    public Cell {
      members = List.copyOf(members);
    }

    /** A cell whose facts' extremes are not known (a derived cell); min and max equal the sum. */
    public Cell(List<String> members, BigDecimal amount, long count) {
      this(members, amount, count, amount, amount);
    }

    public String member(int i) {
      return members.get(i);
    }
  }

  /** The grand total, the number of facts and of cells over the whole result. */
  public record Summary(BigDecimal amount, long count, long cells) {}
}
