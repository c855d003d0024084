package org.yesan.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yesan.query.AggregateResult;

/**
 * Each cell's share of the grand total and of its parent, where the parent of a cell drilled down
 * by {@code [a, b, c]} is the group of cells with the same {@code a, b}.
 *
 * <p>Shares need every cell of the result: computed on one page they would be shares of that page.
 * Percentages: {@link Comparison#PERCENT_SCALE} places, {@link Comparison#PERCENT_ROUNDING}.
 */
public record Shares(List<Row> rows) {

  public Shares {
    rows = List.copyOf(rows);
  }

  /** A cell with its shares. */
  public record Row(
      List<String> members,
      BigDecimal amount,
      BigDecimal parentAmount,
      Optional<BigDecimal> ofTotal,
      Optional<BigDecimal> ofParent) {}

  public static Shares of(AggregateResult result) {
    if (result.query().page().isPresent()) {
      throw new IllegalArgumentException("shares need the whole result, not one page");
    }
    Map<List<String>, BigDecimal> parents = new HashMap<>();
    for (AggregateResult.Cell c : result.cells()) {
      parents.merge(parent(c.members()), c.amount(), BigDecimal::add);
    }
    BigDecimal total = result.summary().amount();
    List<Row> rows = new ArrayList<>();
    for (AggregateResult.Cell c : result.cells()) {
      BigDecimal parent = parents.get(parent(c.members()));
      rows.add(
          new Row(
              c.members(),
              c.amount(),
              parent,
              Comparison.percent(c.amount(), total),
              Comparison.percent(c.amount(), parent)));
    }
    return new Shares(rows);
  }

  private static List<String> parent(List<String> members) {
    return members.isEmpty() ? members : members.subList(0, members.size() - 1);
  }
}
