package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.Cut;
import org.yesan.store.contract.ListBatch;
import org.yesan.store.imports.ImportProgress;

/** Readers on several threads see the state before an import or after it, never a mix. */
class ConcurrentReadsTest {

  private static ListBatch slice(long a, long b) {
    return new ListBatch("t", List.of(Level.MINISTRY, Level.PROGRAM), Measure.EXPENDITURE)
        .add(2018, Stage.ENACTED, Measure.EXPENDITURE, a, "국방부", "전력유지")
        .add(2018, Stage.ENACTED, Measure.EXPENDITURE, b, "교육부", "교육");
  }

  @Test
  void readsDuringImportsSeeWholeStates() throws Exception {
    try (DuckDbFactStore store = DuckDbFactStore.inMemory()) {
      store.importFiles(List.of(slice(300, 250).input("a")), ImportProgress.NONE);
      AggregateQuery q = AggregateQuery.of("t").withCut(Cut.of("stage", "enacted"));
      Set<BigDecimal> seen = ConcurrentHashMap.newKeySet();
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> readers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        readers.add(
            pool.submit(
                () -> {
                  while (!stop.get()) {
                    seen.add(store.aggregate(q).summary().amount());
                  }
                }));
      }
      for (int i = 0; i < 10; i++) {
        // Both states total differently: 550 and 700; a half-applied import would show 300+0,
        // 0+250, or both slices twice.
        store.importFiles(
            List.of((i % 2 == 0 ? slice(400, 300) : slice(300, 250)).input("r" + i)),
            ImportProgress.NONE);
      }
      stop.set(true);
      for (Future<?> f : readers) {
        f.get(30, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(seen)
          .allSatisfy(
              v ->
                  assertThat(
                          v.compareTo(new BigDecimal(550)) == 0
                              || v.compareTo(new BigDecimal(700)) == 0)
                      .as("total " + v)
                      .isTrue());
      assertThat(store.aggregate(q).summary().amount()).isEqualByComparingTo("550");
    }
  }
}
