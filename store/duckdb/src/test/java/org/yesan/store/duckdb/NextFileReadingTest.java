package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.store.imports.ImportProgress;

/**
 * An import starts reading the next file before it stores the current one; what the next file's
 * reading finds must still come in file order, and a refused import must leave no reading behind.
 */
class NextFileReadingTest {

  @TempDir Path dir;

  @Test
  void theFirstBadFileIsTheOneReportedThoughTheNextWasReadBeforeIt() throws IOException {
    Path first = file("out_2016.csv", 2016, "1000", "2000", "12x", "4000");
    Path second = file("out_2017.csv", 2017, "9y");
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("s.duckdb"))) {
      assertThatThrownBy(() -> importByRows(store, first, second))
          .hasMessageContaining("out_2016.csv:4:")
          .hasMessageNotContaining("out_2017.csv");
      assertThat(store.datasets()).isEmpty();
    }
    assertThat(readersAlive()).isZero();
  }

  @Test
  void aBadNextFileIsReportedAfterTheGoodOneBeforeItAndNothingLands() throws IOException {
    Path first = file("out_2016.csv", 2016, "1000", "2000");
    Path second = file("out_2017.csv", 2017, "5", "6", "7x");
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("s.duckdb"))) {
      assertThatThrownBy(() -> importByRows(store, first, second))
          .hasMessageContaining("out_2017.csv:4:");
      assertThat(store.datasets()).isEmpty();
    }
    assertThat(readersAlive()).isZero();
  }

  @Test
  void goodFilesReadAheadLandWholeInOrder() throws IOException {
    Path first = file("out_2016.csv", 2016, "1000", "2000");
    Path second = file("out_2017.csv", 2017, "5", "6", "7");
    Path third = file("out_2018.csv", 2018, "30");
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("s.duckdb"))) {
      importByRows(store, first, second, third);
      int id = store.idOf("kr-openfiscal");
      assertThat(BulkCsvLoadTest.yearLineAmounts(store, id))
          .containsExactly(
              "2016:2:1000000.00",
              "2016:3:2000000.00",
              "2017:2:5000.00",
              "2017:3:6000.00",
              "2017:4:7000.00",
              "2018:2:30000.00");
    }
    assertThat(readersAlive()).isZero();
  }

  private static void importByRows(DuckDbFactStore store, Path... files) {
    store.importFiles(
        java.util.Arrays.stream(files).map(BulkCsvLoadTest::input).toList(),
        ImportProgress.NONE,
        store::validateUncommitted,
        DuckDbImport.NEVER_BULK);
  }

  private static long readersAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("yesan-import-reader") && t.isAlive())
        .count();
  }

  private Path file(String name, int year, String... amounts) throws IOException {
    return BulkCsvLoadTest.outFile(dir, name, year, amounts);
  }
}
