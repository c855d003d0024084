package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;
import org.yesan.query.Drilldown;
import org.yesan.query.Order;
import org.yesan.query.Page;
import org.yesan.store.contract.ListBatch;
import org.yesan.store.imports.ImportProgress;

/** Laws the store must keep whatever the data: pages partition a result; sums ignore order. */
class StoreProperties {

  private static ListBatch randomBatch(long seed, int rows) {
    Random r = new Random(seed);
    ListBatch b = new ListBatch("p", List.of(Level.MINISTRY, Level.PROGRAM), Measure.EXPENDITURE);
    for (int i = 0; i < rows; i++) {
      b.add(
          2018,
          Stage.ENACTED,
          Measure.EXPENDITURE,
          r.nextInt(2_000_001) - 1_000_000L,
          "m" + r.nextInt(7),
          r.nextInt(5) == 0 ? "" : "p" + r.nextInt(40));
    }
    return b;
  }

  @Property(tries = 10)
  void pagesCoverEveryCellExactlyOnce(
      @ForAll @LongRange(min = 0, max = 1_000) long seed,
      @ForAll @IntRange(min = 3, max = 40) int pageSize) {
    try (DuckDbFactStore store = DuckDbFactStore.inMemory()) {
      store.importFiles(List.of(randomBatch(seed, 300).input("x")), ImportProgress.NONE);
      AggregateQuery q =
          AggregateQuery.of("p")
              .withDrilldown(Drilldown.parse("ministry,program"))
              .withOrder(Order.parse("amount:desc"));
      AggregateResult all = store.aggregate(q);
      List<List<String>> seen = new ArrayList<>();
      for (int page = 1; ; page++) {
        AggregateResult part = store.aggregate(q.withPage(new Page(page, pageSize)));
        if (part.cells().isEmpty()) {
          break;
        }
        part.cells().forEach(c -> seen.add(c.members()));
        assertThat(part.summary()).isEqualTo(all.summary());
      }
      Set<List<String>> unique = new HashSet<>(seen);
      assertThat(seen).hasSize(unique.size());
      assertThat(seen).hasSize((int) all.summary().cells());
      assertThat(seen)
          .containsExactlyElementsOf(all.cells().stream().map(c -> c.members()).toList());
    }
  }

  @Property(tries = 8)
  void sumsDoNotDependOnImportOrder(@ForAll @LongRange(min = 0, max = 1_000) long seed) {
    ListBatch batch = randomBatch(seed, 200);
    ListBatch shuffled = batch.shuffled(new Random(seed + 1));
    BigDecimal a;
    BigDecimal b;
    try (DuckDbFactStore store = DuckDbFactStore.inMemory()) {
      store.importFiles(List.of(batch.input("x")), ImportProgress.NONE);
      a =
          store
              .aggregate(AggregateQuery.of("p").withCut(Cut.of("ministry", "m1")))
              .summary()
              .amount();
    }
    try (DuckDbFactStore store = DuckDbFactStore.inMemory()) {
      store.importFiles(List.of(shuffled.input("y")), ImportProgress.NONE);
      b =
          store
              .aggregate(AggregateQuery.of("p").withCut(Cut.of("ministry", "m1")))
              .summary()
              .amount();
    }
    assertThat(a).isEqualByComparingTo(b);
    assertThat(a).isEqualByComparingTo(batch.expectedSum("m1"));
  }

  static <T> List<T> shuffle(List<T> in, Random r) {
    List<T> out = new ArrayList<>(in);
    Collections.shuffle(out, r);
    return out;
  }
}
