package org.yesan.store.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yesan.store.contract.StoreContract.assertOnlyTheBudgetOf2018;
import static org.yesan.store.contract.StoreContract.budget2018;
import static org.yesan.store.contract.StoreContract.failTheImport;
import static org.yesan.store.contract.StoreContract.q;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.sql.StoreException;

/** What only the PostgreSQL store does: a database shared by processes, migrations, the server. */
class PostgresFactStoreTest {

  @Test
  void aFailedImportLeavesTheDatabaseAsItWasForEveryoneOnIt() {
    PostgresServer db = LocalPostgres.newDatabase();
    try (PostgresFactStore writer = PostgresFactStore.open(db);
        PostgresFactStore reader = PostgresFactStore.open(db)) {
      writer.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
      // another process on the same database sees the import at once, with no reopening
      assertOnlyTheBudgetOf2018(reader);
      failTheImport(writer);
      assertOnlyTheBudgetOf2018(reader);
    }
    try (PostgresFactStore again = PostgresFactStore.open(db)) {
      assertOnlyTheBudgetOf2018(again);
    }
  }

  @Test
  void theSchemaIsMigratedOnceAndItsHistoryKept() throws Exception {
    PostgresServer db = LocalPostgres.newDatabase();
    PostgresFactStore.open(db).close();
    PostgresFactStore.open(db).close();
    List<String> versions = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user().orElseThrow(), "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version, success FROM yesan_schema_history ORDER BY installed_rank")) {
      while (rs.next()) {
        versions.add(rs.getString(1) + " " + rs.getBoolean(2));
      }
    }
    assertThat(versions).containsExactly("1 true", "2 true");
  }

  @Test
  void importsFromTwoProcessesRunOneAfterTheOther() throws Exception {
    PostgresServer db = LocalPostgres.newDatabase();
    try (PostgresFactStore a = PostgresFactStore.open(db);
        PostgresFactStore b = PostgresFactStore.open(db)) {
      List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
      List<Thread> threads = new ArrayList<>();
      for (PostgresFactStore s : List.of(a, b, a, b)) {
        Thread t =
            new Thread(
                () -> {
                  try {
                    s.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                });
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join();
      }
      assertThat(failures).isEmpty();
      // each import replaced the slices of the one before: 550, not four times 550
      assertThat(a.aggregate(q(a, "", "stage:enacted")).summary().amount())
          .isEqualByComparingTo("550");
      assertThat(a.slices("t")).hasSize(2);
    }
  }

  @Test
  void aReadWaitsForABusyPoolInsteadOfFailingAfterItsConnectionTimeout() throws Exception {
    PostgresServer db = LocalPostgres.newDatabase();
    try (PostgresFactStore store = PostgresFactStore.open(db)) {
      store.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
      List<Connection> held = new ArrayList<>();
      // every connection of the pool lent out, as 32 clients of slow reads do
      for (int i = 0; i < 8; i++) {
        held.add(store.connection());
      }
      java.util.concurrent.CompletableFuture<Integer> read =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> store.slices("t").size());
      // past the pool's 5 s connection timeout, the read still waits, failed by nothing
      Thread.sleep(6_500);
      assertThat(read).isNotDone();
      held.remove(0).close();
      assertThat(read.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(2);
      for (Connection c : held) {
        c.close();
      }
    }
  }

  @Test
  void aServerThatRefusesTheLoginIsNamedWithoutThePassword() {
    PostgresServer db = LocalPostgres.newDatabase();
    PostgresServer wrong =
        new PostgresServer(
            db.host(), db.port(), "no_such_database", db.user(), Optional.of("hunter2"));
    assertThatThrownBy(() -> PostgresFactStore.open(wrong))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(
            "cannot connect to postgresql://yesan@127.0.0.1:" + db.port() + "/no_such_database: ")
        .hasMessageNotContaining("hunter2");
  }
}
