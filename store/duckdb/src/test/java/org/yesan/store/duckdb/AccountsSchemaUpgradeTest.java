package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.accounts.Account;
import org.yesan.accounts.Role;
import org.yesan.store.contract.StoreContract;

/** A version-2 store file (before users and the audit log) still reads, and upgrades on write. */
class AccountsSchemaUpgradeTest {

  @TempDir Path dir;

  /** A store file as version 2 left it: the nine-column fact tables, no account tables. */
  private Path versionTwoFile() throws Exception {
    Path file = dir.resolve("v2.duckdb");
    try (DuckDbFactStore s = DuckDbFactStore.open(file)) {
      s.importFiles(
          java.util.List.of(StoreContract.budget2018().input("b")),
          org.yesan.store.imports.ImportProgress.NONE);
    }
    VersionThreeLayout.rewrite(file);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE yesan_users");
      st.execute("DROP TABLE yesan_tokens");
      st.execute("DROP TABLE yesan_audit");
      st.execute("DROP SEQUENCE yesan_audit_ids");
      st.execute("UPDATE yesan_schema SET version = 2");
    }
    return file;
  }

  @Test
  void aVersionTwoFileReadsWithNoUsersAndGainsTheTablesWhenOpenedForWriting() throws Exception {
    Path file = versionTwoFile();
    try (DuckDbFactStore s = DuckDbFactStore.openReadOnly(file)) {
      assertThat(s.users()).isEmpty();
      assertThat(s.tokens()).isEmpty();
      assertThat(s.auditCount()).isZero();
      StoreContract.assertOnlyTheBudgetOf2018(s);
    }
    Instant t = Instant.parse("2026-03-04T05:06:07Z");
    try (DuckDbFactStore s = DuckDbFactStore.open(file)) {
      s.addUser(new Account("amy", Role.ADMIN, t));
    }
    try (DuckDbFactStore s = DuckDbFactStore.openReadOnly(file)) {
      assertThat(s.users()).containsExactly(new Account("amy", Role.ADMIN, t));
      StoreContract.assertOnlyTheBudgetOf2018(s);
    }
  }
}
