package org.yesan.http.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.store.contract.StoreContract;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.postgresql.LocalPostgres;
import org.yesan.store.postgresql.PostgresFactStore;
import org.yesan.store.postgresql.PostgresServer;

/**
 * A server on a PostgreSQL store whose database goes away under requests: 503 problem JSON while it
 * is down, the same answers once it is back, without restarting Yesan; a read held up past the
 * statement timeout is cancelled with 504.
 */
class PostgresOutageTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static LocalPostgres cluster;
  private static PostgresServer db;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void ownClusterWithABudget() {
    // a cluster of this class's own: stopping the shared one would fail other tests' reads
    cluster = LocalPostgres.startOwn();
    db = cluster.createDatabase();
    try (PostgresFactStore store = PostgresFactStore.open(db)) {
      store.importFiles(List.of(StoreContract.budget2018().input("budget")), ImportProgress.NONE);
    }
  }

  @AfterAll
  static void removeCluster() {
    cluster.close();
  }

  private HttpResponse<String> get(YesanServer server, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void requestsDuringAnOutageGet503AndTheServerRecoversOnItsOwn() throws Exception {
    OperationsConfig ops = OperationsConfig.defaults().withReadyTimeout(Duration.ofSeconds(2));
    try (PostgresFactStore store = PostgresFactStore.openForReading(db);
        YesanServer server =
            YesanServer.start(store, ServerConfig.defaults().withPort(0), List.of(), ops)) {
      String aggregate = "/api/v1/datasets/t/aggregate?cut=stage:enacted";
      HttpResponse<String> before = get(server, aggregate);
      assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
      assertThat(
              new java.math.BigDecimal(JSON.readTree(before.body()).at("/summary/amount").asText()))
          .isEqualByComparingTo("550");
      assertThat(get(server, "/readyz").statusCode()).isEqualTo(200);

      cluster.stopServer();
      try {
        HttpResponse<String> down = get(server, aggregate);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(down.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:yesan:problem:store-unavailable");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        // the database's address stays in the server's log
        assertThat(down.body()).doesNotContain("127.0.0.1").doesNotContain(db.database());
        // the access gate looks a token up in the store before the route: a 503 there too, not
        // the web framework's bare 500
        HttpResponse<String> withToken =
            client.send(
                HttpRequest.newBuilder(URI.create(server.url() + aggregate))
                    .header("Authorization", "Bearer yesan_" + "A".repeat(43))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(503);
        assertThat(JSON.readTree(withToken.body()).get("type").asText())
            .isEqualTo("urn:yesan:problem:store-unavailable");
        long start = System.nanoTime();
        HttpResponse<String> notReady = get(server, "/readyz");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
      } finally {
        cluster.startServer();
      }

      HttpResponse<String> after = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        after = get(server, aggregate);
        if (after.statusCode() == 200) {
          break;
        }
        Thread.sleep(200);
      }
      assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
      assertThat(after.body()).isEqualTo(before.body());
      assertThat(get(server, "/readyz").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aReadHeldPastTheStatementTimeoutIsCancelledWith504() throws Exception {
    OperationsConfig ops = OperationsConfig.defaults().withStatementTimeout(Duration.ofMillis(500));
    try (PostgresFactStore store = PostgresFactStore.openForReading(db);
        YesanServer server =
            YesanServer.start(store, ServerConfig.defaults().withPort(0), List.of(), ops);
        Connection holder =
            DriverManager.getConnection(db.jdbcUrl(), db.user().orElseThrow(), "")) {
      assertThat(get(server, "/api/v1/datasets").statusCode()).isEqualTo(200);
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        // every read of the catalog waits for this lock until the timeout cancels it
        s.execute("LOCK TABLE datasets IN ACCESS EXCLUSIVE MODE");
      }
      long start = System.nanoTime();
      HttpResponse<String> held = get(server, "/api/v1/datasets");
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(held.statusCode()).as(held.body()).isEqualTo(504);
      assertThat(JSON.readTree(held.body()).get("type").asText())
          .isEqualTo("urn:yesan:problem:statement-timeout");
      assertThat(took)
          .isGreaterThanOrEqualTo(Duration.ofMillis(500))
          .isLessThan(Duration.ofSeconds(5));
      holder.rollback();
      assertThat(get(server, "/api/v1/datasets").statusCode()).isEqualTo(200);
    }
  }
}
