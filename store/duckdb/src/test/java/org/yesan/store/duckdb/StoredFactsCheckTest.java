package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yesan.store.contract.StoreContract.budget2018;
import static org.yesan.store.contract.StoreContract.q;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.store.backup.BackupException;
import org.yesan.store.backup.StoreBackup;
import org.yesan.store.imports.ImportProgress;
import org.yesan.validation.Finding;
import org.yesan.validation.ValidationReport;

/**
 * A fact row whose slice is gone drops out of the fact view and so out of every total: validation
 * must say so, and a backup must refuse to leave it out.
 */
class StoredFactsCheckTest {

  @TempDir Path dir;

  /** The budget of 2018 (550 enacted, 600 proposed), with {@code damage} done behind the store. */
  private Path damaged(String damage) throws Exception {
    Path file = dir.resolve("y.duckdb");
    try (DuckDbFactStore s = DuckDbFactStore.open(file)) {
      s.importFiles(List.of(budget2018().input("b")), ImportProgress.NONE);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement st = c.createStatement()) {
      st.execute(damage);
    }
    return file;
  }

  private static List<Finding> failures(ValidationReport r) {
    return r.findings().stream().filter(f -> f.severity() == Finding.Severity.FAILURE).toList();
  }

  @Test
  void aHealthyStoreHasNoStoredFactsFinding() throws Exception {
    Path file = damaged("SELECT 1");
    try (DuckDbFactStore s = DuckDbFactStore.openReadOnly(file)) {
      assertThat(s.validate("t").findings()).noneMatch(f -> f.check().equals("stored_facts"));
    }
  }

  @Test
  void factsWhoseSliceIsGoneFailValidationAndTheBackup() throws Exception {
    Path file = damaged("DELETE FROM slices WHERE stage = 'proposal'");
    try (DuckDbFactStore s = DuckDbFactStore.openReadOnly(file)) {
      // The view shows nothing of the proposal any more: no total could tell it was there.
      assertThat(s.aggregate(q(s, "", "stage:proposal")).summary().amount())
          .isEqualByComparingTo("0");
      List<Finding> failed = failures(s.validate("t"));
      assertThat(failed).extracting(Finding::check).containsExactly("stored_facts");
      assertThat(failed.get(0).message()).startsWith("1 stored facts have no slice");
      assertThat(failed.get(0).evidence())
          .singleElement()
          .asString()
          .matches("1 fact rows of slice id [0-9]+, which the dataset has not, totalling 600.00");
    }
    try (DuckDbFactStore s = DuckDbFactStore.open(file)) {
      assertThatThrownBy(() -> StoreBackup.write(s, dir.resolve("b.zip")))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("the store keeps 4 fact rows for it, of which only 3 have their");
    }
  }

  @Test
  void aSliceWhoseRowsDisagreeWithItFailsValidation() throws Exception {
    Path file =
        damaged(
            "UPDATE "
                + FactLayout.rowTable(1)
                + " SET amount = amount + 1 WHERE amount = 50 AND line_id > 0");
    try (DuckDbFactStore s = DuckDbFactStore.openReadOnly(file)) {
      assertThat(s.aggregate(q(s, "", "stage:enacted")).summary().amount())
          .isEqualByComparingTo("551");
      List<Finding> failed = failures(s.validate("t"));
      assertThat(failed).extracting(Finding::check).containsExactly("stored_facts");
      assertThat(failed.get(0).evidence())
          .containsExactly(
              "expenditure 2018 enacted (reported in 2018): the slice records 3 facts totalling"
                  + " 550.00, its rows are 3 totalling 551.00");
    }
  }
}
