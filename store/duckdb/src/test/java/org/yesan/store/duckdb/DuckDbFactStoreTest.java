package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yesan.store.contract.StoreContract.LEVELS;
import static org.yesan.store.contract.StoreContract.assertOnlyTheBudgetOf2018;
import static org.yesan.store.contract.StoreContract.budget2018;
import static org.yesan.store.contract.StoreContract.failTheImport;
import static org.yesan.store.contract.StoreContract.importTheBookOf2018;
import static org.yesan.store.contract.StoreContract.q;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.store.Slice;
import org.yesan.store.contract.ListBatch;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportRefusedException;

/** What only the DuckDB store does: a file reopened, a validation hook, its own tables. */
class DuckDbFactStoreTest {

  @Test
  void aFailedImportLeavesTheFileAsItWas(@TempDir Path dir) {
    Path db = dir.resolve("y.duckdb");
    try (DuckDbFactStore store = DuckDbFactStore.open(db)) {
      store.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
      failTheImport(store);
    }
    try (DuckDbFactStore store = DuckDbFactStore.open(db)) {
      assertOnlyTheBudgetOf2018(store);
    }
  }

  @Test
  void anImportRunsUnderItsMemoryLimitAndRestoresTheStoresOwn() {
    try (DuckDbFactStore store = DuckDbFactStore.inMemory()) {
      String own = store.setting("memory_limit");
      String[] during = new String[1];
      store.importFiles(
          List.of(budget2018().input("a")),
          ImportProgress.NONE,
          name -> {
            during[0] = store.setting("memory_limit");
            return store.validateUncommitted(name);
          });
      assertThat(during[0]).isNotEqualTo(own).isIn("1.0 GiB", "953.6 MiB", "1000.0 MiB");
      assertThat(store.setting("memory_limit")).isEqualTo(own);
    }
  }

  @Test
  void anImportWhoseValidationFailsIsRolledBack() {
    try (DuckDbFactStore store = DuckDbFactStore.inMemory()) {
      importTheBookOf2018(store);
      List<Slice> before = store.slices("t");
      // A check that fails on the state the import would commit: that state must never land.
      java.util.function.Function<String, org.yesan.validation.ValidationReport> strict =
          name -> {
            var real = store.validateUncommitted(name);
            List<org.yesan.validation.Finding> findings =
                new java.util.ArrayList<>(real.findings());
            findings.add(
                org.yesan.validation.Finding.of(
                    "test",
                    org.yesan.validation.Finding.Severity.FAILURE,
                    "expenditure_net 2017 enacted",
                    "sees " + real.totals().size() + " slices"));
            return new org.yesan.validation.ValidationReport(name, real.totals(), findings);
          };
      ListBatch own =
          new ListBatch("t", LEVELS, Measure.EXPENDITURE_NET)
              .add(2017, Stage.ENACTED, Measure.EXPENDITURE_NET, 2017, 100, "국방부", "a");
      assertThatThrownBy(
              () -> store.importFiles(List.of(own.input("own")), ImportProgress.NONE, strict))
          .isInstanceOf(ImportRefusedException.class)
          .hasMessage(
              "import rolled back, the store is unchanged: 1 validation check failed: test"
                  + " expenditure_net 2017 enacted: sees 3 slices");
      assertThat(store.slices("t")).isEqualTo(before);
      assertThat(store.aggregate(q(store, "", "fiscal_year:2017")).summary().amount())
          .isEqualByComparingTo("110");
    }
  }

  @Test
  void reimportingTheSameFileKeepsOneSourceRow() {
    try (DuckDbFactStore store = DuckDbFactStore.inMemory()) {
      for (int i = 0; i < 6; i++) {
        store.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
      }
      List<Long> sources =
          store.select("SELECT count(*) FROM sources", List.of(), rs -> rs.getLong(1));
      assertThat(sources).containsExactly(1L);
    }
  }
}
