package org.yesan.compare;

import java.math.BigDecimal;
import java.util.List;

/**
 * Counts of how lines moved between two sides of a comparison drilled down to line level: added
 * (only in the target), removed (only in the base), changed, unchanged — with the money in each.
 *
 * <p>Rows of a side without figures are in none of the counts: nothing moved where nothing is
 * known.
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
      switch (r.status()) {
        case NEW -> {
          added++;
          addedAmount = addedAmount.add(r.target().orElseThrow());
        }
        case GONE -> {
          removed++;
          removedAmount = removedAmount.add(r.base().orElseThrow());
        }
        case BOTH, RENAMED -> {
          BigDecimal change = r.change().orElseThrow();
          if (change.signum() > 0) {
            up++;
            upBy = upBy.add(change);
          } else if (change.signum() < 0) {
            down++;
            downBy = downBy.add(change);
          } else {
            same++;
          }
        }
        case NO_BASE_DATA, NO_TARGET_DATA -> {
          // neither moved nor kept: one side is unknown
        }
      }
    }
    return new LineChanges(
        added, addedAmount, removed, removedAmount, up, upBy, down, downBy, same);
  }
}
