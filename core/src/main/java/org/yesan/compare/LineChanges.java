package org.yesan.compare;

import java.math.BigDecimal;
import java.util.List;

/**
 * Counts of how lines moved between two sides of a comparison drilled down to line level: added
 * (only in the target), removed (only in the base), changed, unchanged — with the money in each.
 */
public record LineChanges(
    long added,
    BigDecimal addedAmount,
    long removed,
    BigDecimal removedAmount,
    long increased,
    BigDecimal increasedBy,
    long decreased,
    BigDecimal decreasedBy,
    long unchanged) {

  public static LineChanges of(Comparison c) {
    long added = 0, removed = 0, up = 0, down = 0, same = 0;
    BigDecimal addedAmount = BigDecimal.ZERO;
    BigDecimal removedAmount = BigDecimal.ZERO;
    BigDecimal upBy = BigDecimal.ZERO;
    BigDecimal downBy = BigDecimal.ZERO;
    List<Comparison.Row> rows = c.rows();
    for (Comparison.Row r : rows) {
      if (!r.inBase()) {
        added++;
        addedAmount = addedAmount.add(r.target());
      } else if (!r.inTarget()) {
        removed++;
        removedAmount = removedAmount.add(r.base());
      } else if (r.change().signum() > 0) {
        up++;
        upBy = upBy.add(r.change());
      } else if (r.change().signum() < 0) {
        down++;
        downBy = downBy.add(r.change());
      } else {
        same++;
      }
    }
    return new LineChanges(
        added, addedAmount, removed, removedAmount, up, upBy, down, downBy, same);
  }
}
