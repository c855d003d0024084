package org.yesan.bench.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.store.FactStore;
import org.yesan.store.duckdb.DuckDbFactStore;

/**
 * Times the five typical queries three ways in one run, interleaved so that machine load hits all
 * alike: through the HTTP API on localhost, as the store's own SQL on the same DuckDB database over
 * JDBC, and as the same SQL on PostgreSQL.
 *
 * <p>The store's SQL is not rewritten by hand: each request is sent once with DuckDB's query log
 * on, and the statements it issued are rerun with the values the store binds; a run whose raw
 * results differ from the API's answer stops.
 *
 * <p>Usage: {@code ApiLatency DB OUT_DIR REPS WARMUP [PG_JDBC_URL [PG_REPS]]}: PostgreSQL is timed
 * in the first PG_REPS repetitions only (default all), as its queries take many times longer.
 */
public final class ApiLatency {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiLatency() {}

  /** A query with the statements its request issued, captured from DuckDB's query log. */
  record Captured(BenchQuery query, List<StoreStatement> all, List<StoreStatement> cells) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: ApiLatency DB OUT_DIR REPS WARMUP [PG_JDBC_URL [PG_REPS]]");
      System.exit(2);
    }
    Path db = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args[1]);
    int reps = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    Optional<String> pgUrl = args.length > 4 ? Optional.of(args[4]) : Optional.empty();
    int pgReps = args.length > 5 ? Integer.parseInt(args[5]) : reps;
    Files.createDirectories(out);

    try (DuckDbFactStore store = DuckDbFactStore.open(db);
        YesanServer server = YesanServer.start(store, ServerConfig.defaults().withPort(0));
        // The same path in the same JVM shares the store's DuckDB instance (and its cache).
        Connection duck = DriverManager.getConnection("jdbc:duckdb:" + db);
        Connection pg = pgUrl.isPresent() ? DriverManager.getConnection(pgUrl.get()) : null) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      int datasetId = datasetId(duck);
      int lastYear = lastYear(duck, datasetId);
      String ministry = largestMinistry(store, lastYear);
      List<Captured> queries = new ArrayList<>();
      try (PrintWriter sqlLog =
          new PrintWriter(Files.newBufferedWriter(out.resolve("store-sql.txt")))) {
        for (BenchQuery q : BenchQuery.typical(lastYear, ministry)) {
          Captured c = capture(q, server, http, duck, datasetId);
          sqlLog.printf("## %s: %s%n%s%n", q.id(), q.description(), q.target());
          for (StoreStatement s : c.all()) {
            sqlLog.printf("[%s] %s%n    -- %s%n", s.role(), s.sql(), s.parameters());
          }
          sqlLog.println();
          verify(c, server, http, duck, "duckdb");
          if (pg != null) {
            verify(c, server, http, pg, "postgres");
          }
          queries.add(c);
        }
      }

      Map<String, Map<String, List<Double>>> samples = new LinkedHashMap<>();
      for (int r = -warmup; r < reps; r++) {
        for (Captured c : queries) {
          Map<String, List<Double>> bySystem =
              samples.computeIfAbsent(c.query().id(), k -> new LinkedHashMap<>());
          sample(bySystem, "api", r, () -> get(server, http, c.query()));
          sample(bySystem, "duckdb", r, () -> runAll(c.cells(), duck));
          sample(bySystem, "duckdb_all", r, () -> runAll(c.all(), duck));
          if (pg != null && r < pgReps) {
            sample(bySystem, "postgres", r, () -> runAll(c.cells(), pg));
          }
        }
      }
      report(out, queries, samples, server, http, reps, warmup, pgReps, ministry);
    }
  }

  /** One timed action. */
  @FunctionalInterface
  interface Timed {
    void run() throws Exception;
  }

  /** Runs t and, unless rep is a warm-up (negative), adds its milliseconds under system. */
  static void sample(Map<String, List<Double>> bySystem, String system, int rep, Timed t)
      throws Exception {
    long start = System.nanoTime();
    t.run();
    double ms = (System.nanoTime() - start) / 1e6;
    if (rep >= 0) {
      bySystem.computeIfAbsent(system, k -> new ArrayList<>()).add(ms);
    }
  }

  static byte[] get(YesanServer server, HttpClient http, BenchQuery q)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + q.target())).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          q.target()
              + " answered "
              + r.statusCode()
              + ": "
              + new String(r.body(), StandardCharsets.UTF_8));
    }
    return r.body();
  }

  static List<StoreStatement.Outcome> runAll(List<StoreStatement> statements, Connection c)
      throws SQLException {
    List<StoreStatement.Outcome> out = new ArrayList<>();
    for (StoreStatement s : statements) {
      out.add(s.run(c));
    }
    return out;
  }

  static int datasetId(Connection duck) throws SQLException {
    try (PreparedStatement ps = duck.prepareStatement("SELECT id FROM datasets WHERE name = ?")) {
      ps.setString(1, GeneratedBudget.DATASET);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException(
              "no dataset " + GeneratedBudget.DATASET + "; load it first");
        }
        return rs.getInt(1);
      }
    }
  }

  static int lastYear(Connection duck, int datasetId) throws SQLException {
    try (PreparedStatement ps =
        duck.prepareStatement("SELECT max(fiscal_year) FROM slices WHERE dataset_id = ?")) {
      ps.setInt(1, datasetId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** The ministry with the most programs, so that "top 50 programs" has more than 50 to rank. */
  static String largestMinistry(FactStore store, int year) {
    var result =
        store.aggregate(
            org.yesan.query.AggregateQuery.of(GeneratedBudget.DATASET)
                .withDrilldown(org.yesan.query.Drilldown.parse("ministry,program"))
                .withCuts(
                    org.yesan.query.Cuts.parse(
                        "fiscal_year:" + year + "|stage:enacted",
                        new org.yesan.query.Dimensions(store.require(GeneratedBudget.DATASET))))
                .withPage(new org.yesan.query.Page(1, org.yesan.query.Page.MAX_SIZE)));
    Map<String, Integer> programs = new LinkedHashMap<>();
    result.cells().forEach(c -> programs.merge(c.member(0), 1, Integer::sum));
    return programs.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /**
   * Sends the request once with DuckDB's query log on and binds each logged statement the way
   * AggregateSql does: cut values in cut order, then the dataset id of the vintage rule, then the
   * page; the ambiguity check binds the dataset id first, then the built-in cut values.
   */
  static Captured capture(
      BenchQuery q, YesanServer server, HttpClient http, Connection duck, int datasetId)
      throws Exception {
    try (Statement s = duck.createStatement()) {
      s.execute("CALL truncate_duckdb_logs()");
      s.execute("CALL enable_logging('QueryLog')");
      get(server, http, q);
      s.execute("CALL disable_logging()");
    }
    List<String> logged = new ArrayList<>();
    try (Statement s = duck.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT message FROM duckdb_logs WHERE type = 'QueryLog' ORDER BY timestamp")) {
      while (rs.next()) {
        String sql = rs.getString(1);
        if (!sql.startsWith("CALL ")) {
          logged.add(sql);
        }
      }
    }
    List<StoreStatement> all = new ArrayList<>();
    List<StoreStatement> cells = new ArrayList<>();
    int cellsSeen = 0;
    int summariesSeen = 0;
    int spansSeen = 0;
    for (String sql : logged) {
      if (sql.contains("CASE ")) {
        throw new IllegalStateException("stage ordering terms are not bound by the bench: " + sql);
      }
      StoreStatement st;
      if (sql.contains("count(*) AS n")) {
        BenchQuery.Call call = q.calls().get(cellsSeen++);
        List<Object> p = new ArrayList<>(call.cutValues());
        p.add(datasetId);
        if (sql.contains("LIMIT ?")) {
          p.addAll(call.page().orElseThrow());
        }
        st = new StoreStatement("cells", sql, p);
        cells.add(st);
      } else if (sql.startsWith("SELECT coalesce(sum(")) {
        List<Object> p = new ArrayList<>(q.calls().get(summariesSeen++).cutValues());
        p.add(datasetId);
        st = new StoreStatement("summary", sql, p);
      } else if (sql.startsWith("SELECT DISTINCT measure, stage FROM slices")) {
        List<Object> p = new ArrayList<>();
        p.add(datasetId);
        p.addAll(q.calls().get(spansSeen++).builtInCutValues());
        st = new StoreStatement("spans", sql, p);
      } else if (sql.contains("WHERE name = ?")) {
        st = new StoreStatement("catalog", sql, List.of(GeneratedBudget.DATASET));
      } else if (sql.contains("dataset_id = ?")) {
        st = new StoreStatement("catalog", sql, List.of(datasetId));
      } else {
        st = new StoreStatement("catalog", sql, List.of());
      }
      all.add(st);
    }
    if (cells.size() != q.calls().size()) {
      throw new IllegalStateException(
          q.id() + ": expected " + q.calls().size() + " cell queries in the log, found " + logged);
    }
    return new Captured(q, List.copyOf(all), List.copyOf(cells));
  }

  /** Stops the run unless the raw statements return what the API answered. */
  static void verify(
      Captured c, YesanServer server, HttpClient http, Connection conn, String system)
      throws Exception {
    JsonNode body = JSON.readTree(get(server, http, c.query()));
    List<StoreStatement.Outcome> raw = runAll(c.cells(), conn);
    List<BigDecimal> apiSums = new ArrayList<>();
    List<Long> apiRows = new ArrayList<>();
    if (body.has("cells")) {
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode cell : body.get("cells")) {
        sum = sum.add(new BigDecimal(cell.get("amount").asText()));
      }
      apiSums.add(sum);
      apiRows.add((long) body.get("cells").size());
    } else {
      apiSums.add(new BigDecimal(body.get("total").get("base").asText()));
      apiSums.add(new BigDecimal(body.get("total").get("target").asText()));
    }
    for (int i = 0; i < raw.size(); i++) {
      boolean same =
          raw.get(i).amountSum().compareTo(apiSums.get(i)) == 0
              && (i >= apiRows.size() || raw.get(i).rows() == apiRows.get(i));
      if (!same) {
        throw new IllegalStateException(
            c.query().id()
                + " on "
                + system
                + ": raw "
                + raw.get(i)
                + ", API "
                + apiSums.get(i)
                + " in "
                + apiRows);
      }
    }
    System.err.printf("%s: %s agrees with the API (%s)%n", c.query().id(), system, apiSums);
  }

  /** Writes every sample as {@code query, COLUMN, rep, ms}, one a line, tab-separated. */
  static void writeSamples(Path file, Map<String, Map<String, List<Double>>> samples, String column)
      throws IOException {
    try (PrintWriter raw = new PrintWriter(Files.newBufferedWriter(file))) {
      raw.println("query\t" + column + "\trep\tms");
      samples.forEach(
          (q, bySystem) ->
              bySystem.forEach(
                  (system, ms) -> {
                    for (int i = 0; i < ms.size(); i++) {
                      raw.printf(Locale.ROOT, "%s\t%s\t%d\t%.3f%n", q, system, i, ms.get(i));
                    }
                  }));
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(List<Double> sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static void report(
      Path out,
      List<Captured> queries,
      Map<String, Map<String, List<Double>>> samples,
      YesanServer server,
      HttpClient http,
      int reps,
      int warmup,
      int pgReps,
      String ministry)
      throws Exception {
    writeSamples(out.resolve("samples.tsv"), samples, "system");
    boolean pg = samples.values().iterator().next().containsKey("postgres");
    StringBuilder t = new StringBuilder();
    t.append(
        String.format(
            Locale.ROOT,
            "reps=%d (PostgreSQL %d) after %d warm-up; nearest-rank percentiles, ms; Q4 ministry:"
                + " %s%n",
            reps,
            pg ? pgReps : 0,
            warmup,
            ministry));
    t.append(
        "| query | cells | bytes | API p50 | API p99 | DuckDB p50 | DuckDB p99 | API/DuckDB p50 |"
            + " all store SQL p50 |"
            + (pg ? " PostgreSQL p50 | PostgreSQL p99 | PostgreSQL/API p50 |" : "")
            + "\n");
    t.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        .append(pg ? " ---: | ---: | ---: |" : "")
        .append('\n');
    for (Captured c : queries) {
      Map<String, List<Double>> s = samples.get(c.query().id());
      s.values().forEach(v -> v.sort(null));
      byte[] body = get(server, http, c.query());
      JsonNode json = JSON.readTree(body);
      int cells = json.has("cells") ? json.get("cells").size() : json.get("rows").size();
      double api50 = percentile(s.get("api"), 0.5);
      double duck50 = percentile(s.get("duckdb"), 0.5);
      t.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %,d | %.1f | %.1f | %.1f | %.1f | %.2f× | %.1f |",
              c.query().id(),
              cells,
              body.length,
              api50,
              percentile(s.get("api"), 0.99),
              duck50,
              percentile(s.get("duckdb"), 0.99),
              api50 / duck50,
              percentile(s.get("duckdb_all"), 0.5)));
      if (pg) {
        double pg50 = percentile(s.get("postgres"), 0.5);
        t.append(
            String.format(
                Locale.ROOT,
                " %.1f | %.1f | %.1f× |",
                pg50,
                percentile(s.get("postgres"), 0.99),
                pg50 / api50));
      }
      t.append('\n');
    }
    for (Captured c : queries) {
      t.append(String.format("%s: GET %s%n", c.query().id(), c.query().target()));
    }
    Files.writeString(out.resolve("latency.md"), t.toString());
    System.out.print(t);
  }
}
