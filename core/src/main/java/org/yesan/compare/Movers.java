package org.yesan.compare;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The largest increases and cuts of a comparison, by absolute amount or by percentage; lines new on
 * the target side have no percentage and rank only by amount.
 */
public record Movers(List<Comparison.Row> increases, List<Comparison.Row> cuts) {

  /** How movers are ranked. */
  public enum By {
    AMOUNT,
    PERCENT
  }

  public Movers {
    increases = List.copyOf(increases);
    cuts = List.copyOf(cuts);
  }

  public static Movers of(Comparison c, By by, int limit) {
    Comparator<Comparison.Row> up =
        by == By.AMOUNT
            ? Comparator.comparing(Comparison.Row::change).reversed()
            : Comparator.comparing((Comparison.Row r) -> r.percentChange().orElse(BigDecimal.ZERO))
                .reversed();
    Comparator<Comparison.Row> down =
        by == By.AMOUNT
            ? Comparator.comparing(Comparison.Row::change)
            : Comparator.comparing((Comparison.Row r) -> r.percentChange().orElse(BigDecimal.ZERO));
    List<Comparison.Row> eligible =
        c.rows().stream().filter(r -> by == By.AMOUNT || r.percentChange().isPresent()).toList();
    return new Movers(
        eligible.stream()
            .filter(r -> r.change().signum() > 0)
            .sorted(up.thenComparing(Movers::key))
            .limit(limit)
            .toList(),
        eligible.stream()
            .filter(r -> r.change().signum() < 0)
            .sorted(down.thenComparing(Movers::key))
            .limit(limit)
            .toList());
  }

  private static String key(Comparison.Row r) {
    return String.join("\u0000", r.members());
  }

  /** The percentage of a row, if any, for display. */
  public static Optional<BigDecimal> percent(Comparison.Row r) {
    return r.percentChange();
  }
}
