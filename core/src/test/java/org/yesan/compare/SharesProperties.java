package org.yesan.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Drilldown;

/** Laws of the analyses: shares within a parent add up to 100% within the rounding allowed. */
class SharesProperties {

  @Property
  void sharesOfEachParentAddUpToAHundred(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 1_000_000) Integer> amounts) {
    List<AggregateResult.Cell> cells = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < amounts.size(); i++) {
      BigDecimal a = BigDecimal.valueOf(amounts.get(i));
      cells.add(new AggregateResult.Cell(List.of("p" + (i % 3), "c" + i), a, 1));
      total = total.add(a);
    }
    List<String> dims = List.of("parent", "child");
    AggregateResult r =
        new AggregateResult(
            AggregateQuery.of("t").withDrilldown(new Drilldown(dims)),
            dims,
            cells,
            new AggregateResult.Summary(total, cells.size(), cells.size()));
    Map<String, BigDecimal> sums = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Shares.Row row : Shares.of(r).rows()) {
      sums.merge(row.members().get(0), row.ofParent().orElseThrow(), BigDecimal::add);
      counts.merge(row.members().get(0), 1, Integer::sum);
    }
    for (String p : sums.keySet()) {
      // Each share is rounded once to 0.01: n shares may be off by n × 0.005 in all.
      BigDecimal slack = new BigDecimal("0.005").multiply(BigDecimal.valueOf(counts.get(p)));
      assertThat(sums.get(p).subtract(BigDecimal.valueOf(100)).abs()).isLessThanOrEqualTo(slack);
    }
  }
}
