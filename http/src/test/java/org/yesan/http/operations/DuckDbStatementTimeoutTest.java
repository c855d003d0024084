package org.yesan.http.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.app.access.StoreAccess;
import org.yesan.app.imports.ImportRequest;
import org.yesan.app.imports.Imports;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.TextEncoding;
import org.yesan.store.FactStore;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.sql.ReadDeadline;

/**
 * {@code --statement-timeout} on a DuckDB store file served as {@code yesan serve} serves it: a
 * read past the deadline is cancelled with 504 problem JSON, and the store answers the next reads.
 */
class DuckDbStatementTimeoutTest {

  private static final Path SHARED =
      Path.of(System.getProperty("yesan.shared", "/work/shared"))
          .resolve("data/kr-openfiscal-2007-2018/out_2018.csv");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int COPIES = 20;
  private static final String DRILLDOWN = "unit_project,program,ministry";

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();

  /**
   * The shared 2018 expenditure file with each line {@value #COPIES} times, each copy under a unit
   * project of its own: some 47,000 lines whose drilldown to unit projects takes a while.
   */
  private Path manyUnitProjects() throws Exception {
    List<String> lines = List.of(Files.readString(SHARED, TextEncoding.CP949).split("\r?\n"));
    List<String> out = new ArrayList<>();
    out.add(lines.get(0));
    for (int copy = 0; copy < COPIES; copy++) {
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        String unit = f[7].replace("\"", "");
        f[7] = "\"" + unit + " " + copy + "\"";
        out.add(String.join(",", f));
      }
    }
    Path file = dir.resolve("out_2018.csv");
    Files.write(file, out, StandardCharsets.UTF_8);
    return file;
  }

  private HttpResponse<String> get(YesanServer server, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .timeout(Duration.ofSeconds(120))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aReadPastTheDeadlineIsCancelledWith504AndTheStoreAnswersAfter() throws Exception {
    Path file = manyUnitProjects();
    Path storeFile = dir.resolve("store.duckdb");
    ImportRequest request =
        ImportRequest.of(
            List.of(file), ImportRequest.AUTO, Optional.empty(), ImportOptions.defaults());
    String dataset;
    String expected;
    long unlimitedMillis;
    try (DuckDbFactStore s = DuckDbFactStore.open(storeFile)) {
      new Imports().run(s, request, ImportProgress.NONE);
      dataset = s.datasets().get(0).name();
    }
    String slow =
        "/api/v1/datasets/"
            + dataset
            + "/aggregate?drilldown="
            + DRILLDOWN
            + "&cut=stage:enacted&pagesize=10";
    try (DuckDbFactStore reference = DuckDbFactStore.inMemory()) {
      // the same file in a store no deadline ever touched, served without one
      new Imports().run(reference, request, ImportProgress.NONE);
      try (YesanServer unlimited =
          YesanServer.start(reference, ServerConfig.defaults().withPort(0))) {
        get(unlimited, slow); // once to warm up, once to time
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(unlimited, slow);
        unlimitedMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        expected = JSON.readTree(r.body()).path("summary").path("amount").asText();
      }
    }
    assertThat(expected).isNotBlank().isNotEqualTo("0");
    // a tenth of what the read takes in full: it cannot end in time, whatever the machine's load
    Duration limit = Duration.ofMillis(Math.max(5, unlimitedMillis / 10));
    FactStore served =
        new StoreAccess(storeFile, "yesan serve (test)", Duration.ofSeconds(10)).openForServing();
    try (served;
        YesanServer server =
            YesanServer.start(
                served,
                ServerConfig.defaults().withPort(0),
                List.of(),
                OperationsConfig.defaults().withStatementTimeout(limit))) {
      long t0 = System.nanoTime();
      HttpResponse<String> cut = get(server, slow);
      long tookMillis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(cut.statusCode()).as(cut.body() + " limit " + limit).isEqualTo(504);
      assertThat(cut.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      JsonNode problem = JSON.readTree(cut.body());
      assertThat(problem.get("type").asText()).isEqualTo("urn:yesan:problem:statement-timeout");
      assertThat(problem.get("status").asInt()).isEqualTo(504);
      assertThat(tookMillis)
          .as("answered well before the query would have ended")
          .isLessThan(Math.max(unlimitedMillis, 1) * 5 + 2000);

      // the same store, the same connections, answers at once: a cheap read within the limit...
      assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
      // ...and, with the limit lifted, the slow read in full, as the untouched store answers it
      ((ReadDeadline) served).limitReads(Duration.ZERO);
      HttpResponse<String> full = get(server, slow);
      assertThat(full.statusCode()).as(full.body()).isEqualTo(200);
      assertThat(JSON.readTree(full.body()).path("summary").path("amount").asText())
          .isEqualTo(expected);
    }
  }
}
