package org.yesan.bench.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yesan.app.access.StoreAccess;
import org.yesan.app.access.StoreLocation;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.store.FactStore;
import org.yesan.store.duckdb.DuckDbFactStore;

/**
 * Times the five typical queries four ways in one run: through the HTTP API on a DuckDB store and
 * on a PostgreSQL store holding the same imported facts, and as the stores' own SQL directly on
 * each database over JDBC (the same timing method for both).
 *
 * <p>Before timing, both servers must give the same answer to every query, the raw SQL must give
 * the API's figures on each database, and the PostgreSQL server's statement log must contain the
 * very statements the raw path reruns; the run stops otherwise.
 *
 * <p>Usage: {@code StoreCompare DUCKDB_FILE PG_STORE_URL PG_JDBC_URL PG_LOG OUT_DIR REPS WARMUP
 * PG_REPS}: PG_STORE_URL is what {@code yesan --db} takes, PG_LOG the cluster's server log.
 */
public final class StoreCompare {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PATHS = List.of("api_duckdb", "raw_duckdb", "api_pg", "raw_pg");

  private StoreCompare() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 8) {
      System.err.println(
          "usage: StoreCompare DUCKDB_FILE PG_STORE_URL PG_JDBC_URL PG_LOG OUT_DIR REPS WARMUP"
              + " PG_REPS");
      System.exit(2);
    }
    Path db = Path.of(args[0]).toAbsolutePath();
    Path pgLog = Path.of(args[3]);
    Path out = Path.of(args[4]);
    int reps = Integer.parseInt(args[5]);
    int warmup = Integer.parseInt(args[6]);
    int pgReps = Integer.parseInt(args[7]);
    Files.createDirectories(out);
    ServerConfig config = ServerConfig.defaults().withPort(0);
    try (DuckDbFactStore duckStore = DuckDbFactStore.open(db);
        YesanServer duckServer = YesanServer.start(duckStore, config);
        // the same file in the same JVM shares the store's DuckDB instance (and its query log)
        Connection duck = DriverManager.getConnection("jdbc:duckdb:" + db);
        FactStore pgStore =
            new StoreAccess(
                    StoreLocation.parse(args[1], System.getenv()),
                    "store compare",
                    StoreAccess.DEFAULT_WAIT)
                .openForServing();
        YesanServer pgServer = YesanServer.start(pgStore, config);
        Connection pg = DriverManager.getConnection(args[2])) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      int duckId = ApiLatency.datasetId(duck);
      int pgId = ApiLatency.datasetId(pg);
      if (duckId != pgId) {
        // the captured SQL names facts_ID and binds ID: one capture serves both only if equal
        throw new IllegalStateException(
            "dataset id " + duckId + " on DuckDB but " + pgId + " on PostgreSQL; load both fresh");
      }
      int year = ApiLatency.lastYear(duck, duckId);
      String ministry = ApiLatency.largestMinistry(duckStore, year);
      List<ApiLatency.Captured> queries = new ArrayList<>();
      for (BenchQuery q : BenchQuery.typical(year, ministry)) {
        ApiLatency.Captured c = ApiLatency.capture(q, duckServer, http, duck, duckId);
        sameAnswer(q, duckServer, pgServer, http);
        ApiLatency.verify(c, duckServer, http, duck, "duckdb");
        ApiLatency.verify(c, pgServer, http, pg, "postgres");
        queries.add(c);
      }
      checkPostgresStatements(queries, pgServer, http, pg, pgLog, out.resolve("pg-store-sql.txt"));

      Map<String, Map<String, List<Double>>> samples = new LinkedHashMap<>();
      for (int r = -warmup; r < reps; r++) {
        for (ApiLatency.Captured c : queries) {
          Map<String, List<Double>> by =
              samples.computeIfAbsent(c.query().id(), k -> new LinkedHashMap<>());
          ApiLatency.sample(by, "api_duckdb", r, () -> ApiLatency.get(duckServer, http, c.query()));
          ApiLatency.sample(by, "raw_duckdb", r, () -> ApiLatency.runAll(c.cells(), duck));
          if (r < pgReps) {
            ApiLatency.sample(by, "api_pg", r, () -> ApiLatency.get(pgServer, http, c.query()));
            ApiLatency.sample(by, "raw_pg", r, () -> ApiLatency.runAll(c.cells(), pg));
          }
        }
      }
      report(out, queries, samples, reps, warmup, pgReps, ministry);
    }
  }

  /** Stops the run unless both servers answer the query with the same body, figure for figure. */
  private static void sameAnswer(
      BenchQuery q, YesanServer duckServer, YesanServer pgServer, HttpClient http)
      throws Exception {
    JsonNode d = JSON.readTree(ApiLatency.get(duckServer, http, q));
    JsonNode p = JSON.readTree(ApiLatency.get(pgServer, http, q));
    if (!d.equals(p)) {
      throw new IllegalStateException(
          q.id() + ": the stores answer differently\nDuckDB:     " + d + "\nPostgreSQL: " + p);
    }
    System.err.printf("%s: both stores give the same answer (%d fields)%n", q.id(), d.size());
  }

  /**
   * Sends every query once to the PostgreSQL server with the cluster logging every statement, and
   * stops unless each cells statement the raw path times is among those the store sent (pgjdbc
   * numbers the parameters {@code $1, $2, …} where the captured text has {@code ?}).
   */
  private static void checkPostgresStatements(
      List<ApiLatency.Captured> queries,
      YesanServer pgServer,
      HttpClient http,
      Connection pg,
      Path pgLog,
      Path sqlOut)
      throws Exception {
    long before = Files.size(pgLog);
    logStatements(pg, "'all'");
    try {
      for (ApiLatency.Captured c : queries) {
        ApiLatency.get(pgServer, http, c.query());
      }
    } finally {
      logStatements(pg, "DEFAULT");
    }
    byte[] all = Files.readAllBytes(pgLog);
    String logged =
        new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(sqlOut))) {
      w.print(logged);
    }
    String flat = logged.replaceAll("\\s+", " ");
    for (ApiLatency.Captured c : queries) {
      for (StoreStatement s : c.cells()) {
        String numbered = numbered(s.sql()).replaceAll("\\s+", " ");
        if (!flat.contains(numbered)) {
          throw new IllegalStateException(
              c.query().id()
                  + ": the PostgreSQL store did not send "
                  + numbered
                  + "; see "
                  + sqlOut);
        }
      }
    }
    System.err.println("every timed statement is one the PostgreSQL store sent; log: " + sqlOut);
  }

  private static String numbered(String sql) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (char ch : sql.toCharArray()) {
      if (ch == '?') {
        b.append('$').append(++n);
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  private static void logStatements(Connection pg, String value) throws Exception {
    try (Statement s = pg.createStatement()) {
      s.execute("ALTER SYSTEM SET log_statement = " + value);
      s.execute("SELECT pg_reload_conf()");
    }
    // the reload reaches the store's pooled sessions asynchronously (SIGHUP)
    Thread.sleep(1_000);
    waitForSetting(pg, value.equals("DEFAULT") ? "none" : "all");
  }

  private static void waitForSetting(Connection pg, String expected) throws SQLException {
    try (Statement s = pg.createStatement();
        var rs = s.executeQuery("SHOW log_statement")) {
      rs.next();
      if (!rs.getString(1).equals(expected)) {
        throw new IllegalStateException(
            "log_statement is " + rs.getString(1) + ", not " + expected);
      }
    }
  }

  private static void report(
      Path out,
      List<ApiLatency.Captured> queries,
      Map<String, Map<String, List<Double>>> samples,
      int reps,
      int warmup,
      int pgReps,
      String ministry)
      throws Exception {
    ApiLatency.writeSamples(out.resolve("samples.tsv"), samples, "path");
    StringBuilder t = new StringBuilder();
    t.append(
        String.format(
            Locale.ROOT,
            "reps: DuckDB %d, PostgreSQL %d, after %d warm-up; nearest-rank percentiles, ms;"
                + " Q4 ministry: %s%n%n",
            reps,
            pgReps,
            warmup,
            ministry));
    t.append(
        "| query | API DuckDB p50 / p90 | raw DuckDB p50 / p90 | API PostgreSQL p50 / p90 | raw"
            + " PostgreSQL p50 / p90 | API-PG / raw-PG (goal ≤ 1.5×) | API-PG / API-DuckDB (goal ≥"
            + " 10×) | raw-PG / raw-DuckDB (goal ≥ 10×) |\n");
    t.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    List<String> missed = new ArrayList<>();
    for (ApiLatency.Captured c : queries) {
      Map<String, List<Double>> s = samples.get(c.query().id());
      s.values().forEach(v -> v.sort(null));
      t.append("| ").append(c.query().id());
      for (String path : PATHS) {
        t.append(
            String.format(
                Locale.ROOT,
                " | %,.1f / %,.1f",
                ApiLatency.percentile(s.get(path), 0.5),
                ApiLatency.percentile(s.get(path), 0.9)));
      }
      double overhead = p50(s, "api_pg") / p50(s, "raw_pg");
      double apiRatio = p50(s, "api_pg") / p50(s, "api_duckdb");
      double rawRatio = p50(s, "raw_pg") / p50(s, "raw_duckdb");
      t.append(
          String.format(
              Locale.ROOT,
              " | %s | %s | %s |%n",
              mark(overhead, overhead <= 1.5),
              mark(apiRatio, apiRatio >= 10),
              mark(rawRatio, rawRatio >= 10)));
      if (overhead > 1.5) {
        missed.add(c.query().id() + " API-PG/raw-PG");
      }
      if (apiRatio < 10) {
        missed.add(c.query().id() + " API-PG/API-DuckDB");
      }
      if (rawRatio < 10) {
        missed.add(c.query().id() + " raw-PG/raw-DuckDB");
      }
    }
    t.append('\n');
    for (ApiLatency.Captured c : queries) {
      t.append(String.format("%s: GET %s%n", c.query().id(), c.query().target()));
    }
    t.append(missed.isEmpty() ? "goals: all met\n" : "goals missed: " + missed + "\n");
    Files.writeString(out.resolve("store-compare.md"), t.toString());
    System.out.print(t);
  }

  private static double p50(Map<String, List<Double>> s, String path) {
    return ApiLatency.percentile(s.get(path), 0.5);
  }

  private static String mark(double ratio, boolean met) {
    String r = String.format(Locale.ROOT, "%.2f×", ratio);
    return met ? r : "**" + r + "** (missed)";
  }
}
