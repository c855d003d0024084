package org.yesan.store.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yesan.store.contract.StoreContract.assertOnlyTheBudgetOf2018;
import static org.yesan.store.contract.StoreContract.budget2018;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.sql.StoreException;

/**
 * Reading checks the schema and never changes it, so that a database user granted only {@code
 * SELECT} can serve queries; writing migrates. Driver parameters of the address reach the server.
 */
class PostgresSchemaCheckTest {

  private static void superuser(PostgresServer db, String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user().orElseThrow(), "");
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private static PostgresServer withParameters(
      PostgresServer db, java.util.SortedMap<String, String> parameters) {
    return new PostgresServer(
        db.host(), db.port(), db.database(), db.user(), db.password(), parameters);
  }

  private static PostgresServer as(PostgresServer db, String user) {
    return new PostgresServer(
        db.host(), db.port(), db.database(), Optional.of(user), db.password());
  }

  @Test
  void aUserGrantedOnlySelectReadsButCannotWrite() throws Exception {
    PostgresServer db = LocalPostgres.newDatabase();
    try (PostgresFactStore writer = PostgresFactStore.open(db)) {
      writer.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
    }
    String role = "reader_" + db.database();
    superuser(
        db,
        "CREATE ROLE " + role + " LOGIN",
        "GRANT CONNECT ON DATABASE " + db.database() + " TO " + role,
        "GRANT USAGE ON SCHEMA public TO " + role,
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role);
    try (PostgresFactStore reader = PostgresFactStore.openForReading(as(db, role))) {
      assertOnlyTheBudgetOf2018(reader);
      // The newest migration on the class path: V2, the accounts and the audit log.
      assertThat(reader.schemaVersion()).isEqualTo("2");
    }
    // the database refuses the reader's import, and the store is as it was
    try (PostgresFactStore reader = PostgresFactStore.openForReading(as(db, role))) {
      assertThatThrownBy(
              () -> reader.importFiles(List.of(budget2018().input("b")), ImportProgress.NONE))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("permission denied");
    }
    try (PostgresFactStore again = PostgresFactStore.openForReading(db)) {
      assertOnlyTheBudgetOf2018(again);
    }
  }

  @Test
  void anEmptyDatabaseIsNoStoreForReadingAndGetsNoTables() throws Exception {
    PostgresServer db = LocalPostgres.newDatabase();
    assertThatThrownBy(() -> PostgresFactStore.openForReading(db))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            db.described()
                + " holds no Yesan store yet; run `yesan migrate` or an import with a user that may"
                + " create tables");
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user().orElseThrow(), "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void aSchemaNewerThanThisYesanIsNamedWhenReading() throws Exception {
    PostgresServer db = LocalPostgres.newDatabase();
    PostgresFactStore.open(db).close();
    // what a later Yesan's migration would have left in the history
    superuser(
        db,
        "INSERT INTO yesan_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL',"
            + " 'V99__later.sql', 0, 'yesan', 1, true)");
    assertThatThrownBy(() -> PostgresFactStore.openForReading(db))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("the schema of " + db.described() + " is version 99, newer than")
        .hasMessageEndingWith("; use the Yesan that migrated it, or a later one");
  }

  @Test
  void driverParametersOfTheAddressReachTheServer() throws Exception {
    PostgresServer plain = LocalPostgres.newDatabase();
    TreeMap<String, String> parameters = new TreeMap<>();
    parameters.put("application_name", "yesan-schema-check");
    parameters.put("sslmode", "disable");
    parameters.put("connectTimeout", "3");
    PostgresServer db = withParameters(plain, parameters);
    try (PostgresFactStore store = PostgresFactStore.open(db);
        Connection c = store.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT current_setting('application_name'), ssl FROM pg_stat_ssl"
                    + " WHERE pid = pg_backend_pid()")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("yesan-schema-check");
      assertThat(rs.getBoolean(2)).isFalse();
    }
    // a TLS connection the test server cannot give is refused, as the address demands
    parameters.put("sslmode", "require");
    PostgresServer tls = withParameters(plain, parameters);
    assertThatThrownBy(() -> PostgresFactStore.openForReading(tls))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("SSL");
  }
}
