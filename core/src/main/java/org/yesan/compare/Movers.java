package org.yesan.compare;

import java.util.Comparator;
import java.util.List;

/**
 * The largest increases and cuts of a comparison, by absolute amount or by percentage. Only rows
 * with a figure on both sides move: lines new on the target side, gone from it, or on a side
 * without figures are counted in {@link #unranked} instead of being ranked as if the missing side
 * were 0.
 */
public record Movers(List<Comparison.Row> increases, List<Comparison.Row> cuts, long unranked) {

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
        Comparator.comparing(
                (Comparison.Row r) ->
                    by == By.AMOUNT ? r.change().orElseThrow() : r.percentChange().orElseThrow())
            .reversed();
    Comparator<Comparison.Row> down = up.reversed();
    List<Comparison.Row> eligible =
        c.rows().stream()
            .filter(r -> by == By.AMOUNT ? r.change().isPresent() : r.percentChange().isPresent())
            .toList();
    return new Movers(
        eligible.stream()
            .filter(r -> r.change().orElseThrow().signum() > 0)
            .sorted(up.thenComparing(Movers::key))
            .limit(limit)
            .toList(),
        eligible.stream()
            .filter(r -> r.change().orElseThrow().signum() < 0)
            .sorted(down.thenComparing(Movers::key))
            .limit(limit)
            .toList(),
        c.rows().size() - eligible.size());
  }

  private static String key(Comparison.Row r) {
    return String.join("\u0000", r.members());
  }
}
