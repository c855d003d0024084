package org.yesan.http.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.http.Endpoint;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.store.duckdb.DuckDbFactStore;

/** Health, readiness, the request log and a graceful stop, on a real server at port 0. */
class OperationsServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();

  @TempDir Path dir;

  private HttpResponse<String> get(YesanServer server, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthAndReadinessAnswerOnAnEmptyStore() throws Exception {
    try (DuckDbFactStore store = DuckDbFactStore.inMemory();
        YesanServer server = YesanServer.start(store, ServerConfig.defaults().withPort(0))) {
      HttpResponse<String> health = get(server, "/healthz");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("up");
      HttpResponse<String> ready = get(server, "/readyz");
      assertThat(ready.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(ready.body());
      assertThat(body.get("status").asText()).isEqualTo("ready");
      assertThat(body.get("store_ms").asLong()).isNotNegative();
    }
  }

  @Test
  void everyRequestIsOneJsonLineWithoutItsQueryOrHeaders() throws Exception {
    Path log = dir.resolve("logs/requests.jsonl");
    OperationsConfig ops = OperationsConfig.defaults().withRequestLog(log);
    try (DuckDbFactStore store = DuckDbFactStore.inMemory();
        YesanServer server =
            YesanServer.start(store, ServerConfig.defaults().withPort(0), List.of(), ops)) {
      HttpResponse<String> listed =
          get(
              server,
              "/api/v1/datasets?token=s3cret-in-query",
              "Authorization",
              "Bearer s3cret-in-header",
              "X-Request-Id",
              "trace-42");
      assertThat(listed.statusCode()).isEqualTo(401); // a token the store does not know
      assertThat(listed.headers().firstValue("X-Request-Id")).contains("trace-42");
      HttpResponse<String> missing = get(server, "/api/v1/datasets/nothing");
      assertThat(missing.statusCode()).isEqualTo(404);
      String made = missing.headers().firstValue("X-Request-Id").orElseThrow();
      assertThat(made).matches("[0-9a-f-]{36}");

      // a request's line is written once its answer has gone out, a moment after the client has it
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      for (int i = 0; i < 50 && lines.size() < 2; i++) {
        Thread.sleep(100);
        lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      }
      assertThat(lines).hasSize(2);
      assertThat(String.join("\n", lines)).doesNotContain("s3cret");
      JsonNode first = JSON.readTree(lines.get(0));
      assertThat(first.get("method").asText()).isEqualTo("GET");
      assertThat(first.get("path").asText()).isEqualTo("/api/v1/datasets");
      assertThat(first.get("status").asInt()).isEqualTo(401);
      assertThat(first.get("bytes").asLong())
          .isEqualTo(listed.body().getBytes(StandardCharsets.UTF_8).length);
      assertThat(first.get("client").asText()).isEqualTo("127.0.0.1");
      assertThat(first.get("request_id").asText()).isEqualTo("trace-42");
      assertThat(first.get("duration_ms").asDouble()).isNotNegative();
      assertThat(first.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
      JsonNode second = JSON.readTree(lines.get(1));
      assertThat(second.get("status").asInt()).isEqualTo(404);
      assertThat(second.get("request_id").asText()).isEqualTo(made);
    }
  }

  /** An endpoint that takes its time, to be in flight when the server is told to stop. */
  private static Routes slow(long millis) {
    return () ->
        List.of(
            Endpoint.get(
                "/api/v1/slow",
                "slow",
                "answers after a pause",
                List.of(),
                request -> {
                  try {
                    Thread.sleep(millis);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return Reply.json(JSON.createObjectNode().put("done", true));
                }));
  }

  @Test
  void aStopLetsTheRequestInFlightFinishThenRefusesNewOnes() throws Exception {
    try (DuckDbFactStore store = DuckDbFactStore.inMemory()) {
      YesanServer server =
          YesanServer.start(
              store,
              ServerConfig.defaults().withPort(0),
              List.of(slow(1_500)),
              OperationsConfig.defaults().withShutdownGrace(Duration.ofSeconds(10)));
      CompletableFuture<HttpResponse<String>> inFlight =
          client.sendAsync(
              HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/slow")).build(),
              HttpResponse.BodyHandlers.ofString());
      Thread.sleep(400);
      URI health = URI.create(server.url() + "/healthz");
      long start = System.nanoTime();
      server.close();
      HttpResponse<String> finished = inFlight.get();
      assertThat(finished.statusCode()).isEqualTo(200);
      assertThat(finished.body()).isEqualTo("{\"done\":true}");
      // close waited for it, but not for the whole grace
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThan(Duration.ofMillis(500))
          .isLessThan(Duration.ofSeconds(9));
      assertThatThrownBy(
              () ->
                  HttpClient.newHttpClient()
                      .send(
                          HttpRequest.newBuilder(health).build(),
                          HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(ConnectException.class);
    }
  }
}
