package org.yesan.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Drilldown;

/** Laws of a comparison: a missing side is never a zero, and the money adds up. */
class ComparisonProperties {

  private static AggregateResult side(Map<Integer, Integer> amounts) {
    List<AggregateResult.Cell> cells = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<Integer, Integer> e : amounts.entrySet()) {
      BigDecimal a = BigDecimal.valueOf(e.getValue());
      cells.add(new AggregateResult.Cell(List.of("m" + e.getKey()), a, 1));
      total = total.add(a);
    }
    List<String> dims = List.of("member");
    return new AggregateResult(
        AggregateQuery.of("t").withDrilldown(new Drilldown(dims)),
        dims,
        cells,
        new AggregateResult.Summary(total, cells.size(), cells.size()));
  }

  @Property
  void everyChangeHasBothSidesAndTheTotalIsTheirSum(
      @ForAll @Size(max = 8) Map<@IntRange(max = 12) Integer, @IntRange(max = 1000) Integer> a,
      @ForAll @Size(max = 8) Map<@IntRange(max = 12) Integer, @IntRange(max = 1000) Integer> b) {
    Comparison c = Comparison.of("a", side(a), "b", side(b));
    BigDecimal moved = BigDecimal.ZERO;
    for (Comparison.Row r : c.rows()) {
      int key = Integer.parseInt(r.members().get(0).substring(1));
      assertThat(r.base()).isEqualTo(a.isEmpty() ? Optional.empty() : amount(a, key));
      assertThat(r.target()).isEqualTo(b.isEmpty() ? Optional.empty() : amount(b, key));
      if (r.change().isPresent()) {
        assertThat(r.change().get()).isEqualTo(r.target().get().subtract(r.base().get()));
        moved = moved.add(r.change().get());
      } else if (!c.sideMissing()) {
        moved =
            moved
                .add(r.target().orElse(BigDecimal.ZERO))
                .subtract(r.base().orElse(BigDecimal.ZERO));
      }
    }
    assertThat(c.total().change().isPresent()).isEqualTo(!a.isEmpty() && !b.isEmpty());
    if (!c.sideMissing()) {
      assertThat(c.total().change().orElseThrow()).isEqualByComparingTo(moved);
    }
  }

  private static Optional<BigDecimal> amount(Map<Integer, Integer> side, int key) {
    return Optional.ofNullable(side.get(key)).map(BigDecimal::valueOf);
  }
}
