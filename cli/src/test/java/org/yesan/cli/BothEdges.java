package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yesan.app.access.ServedStore;
import org.yesan.app.access.StoreAccess;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;

/**
 * The CLI and a real server at port 0 over one store file holding the real 열린재정 files of 2017 and
 * 2018 (gross and net), shared by the tests that ask both edges the same thing and compare.
 */
final class BothEdges {

  /** What an edge answered: its status (exit code or HTTP status) and its text. */
  record Answer(int status, String body, String err) {

    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(body, e);
      }
    }
  }

  private static BothEdges shared;

  private final Cli cli;
  private final String url;
  private final HttpClient http = HttpClient.newHttpClient();

  private BothEdges(Cli cli, String url) {
    this.cli = cli;
    this.url = url;
  }

  static synchronized BothEdges shared() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("yesan-both-edges");
        Path db = dir.resolve("yesan.duckdb");
        Cli cli = new Cli(db);
        List<String> args = new ArrayList<>(List.of("import", "--quiet"));
        Path data = Cli.shared().resolve("data/kr-openfiscal-2007-2018");
        for (String f : List.of("out_2017.csv", "out_2018.csv", "out_net_bud_2018.csv")) {
          args.add(data.resolve(f).toString());
        }
        Cli.Run imported = cli.run(args.toArray(String[]::new));
        assertThat(imported.exit()).as(imported.err()).isZero();
        ServedStore store =
            ServedStore.open(new StoreAccess(db, "yesan serve (test)", Duration.ofSeconds(5)));
        YesanServer server = YesanServer.start(store, ServerConfig.defaults().withPort(0));
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      server.close();
                      store.close();
                    }));
        shared = new BothEdges(cli, server.url());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  /** The CLI's answer to {@code args}, with {@code --format json} added. */
  Answer cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    Cli.Run r = cli.run(all.toArray(String[]::new));
    return new Answer(r.exit(), r.out(), r.err());
  }

  /** The CLI's answer to {@code args} as given, for a format other than JSON. */
  Answer cliText(String... args) {
    Cli.Run r = cli.run(args);
    return new Answer(r.exit(), r.out(), r.err());
  }

  /** The API's answer to {@code GET path?query}, each value percent-encoded. */
  Answer api(String path, Map<String, String> query) {
    return send(HttpRequest.newBuilder(uri(path, query)));
  }

  /** The API's answer to {@code POST path?query} with {@code text} as a text/plain body. */
  Answer post(String path, Map<String, String> query, String text) {
    return send(
        HttpRequest.newBuilder(uri(path, query))
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
  }

  private URI uri(String path, Map<String, String> query) {
    StringBuilder q = new StringBuilder();
    query.forEach(
        (k, v) ->
            q.append(q.isEmpty() ? "?" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return URI.create(url + path + q);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(r.statusCode(), r.body(), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Asserts that both edges refused the same request the same way: a query error (exit 4, HTTP 400
   * problem JSON) with the same message, which the CLI prints as {@code yesan: MESSAGE} and the
   * problem splits into parameter, position and detail.
   */
  static void sameQueryError(Answer cli, Answer api) {
    assertThat(cli.status()).as(cli.err()).isEqualTo(YesanCli.EXIT_QUERY);
    assertThat(api.status()).as(api.body()).isEqualTo(400);
    JsonNode p = api.json();
    assertThat(p.get("type").asText()).isEqualTo("urn:yesan:problem:bad-query");
    int position = p.get("position").asInt();
    String message =
        p.get("parameter").asText()
            + (position > 0 ? " at " + position : "")
            + ": "
            + p.get("detail").asText();
    assertThat(cli.err().strip()).isEqualTo("yesan: " + message);
  }
}
