package org.yesan.http;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Optional;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.SourceFormats;
import org.yesan.ingest.headline.HeadlineCsvFormat;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;

/**
 * One real server on a free port over an in-memory store holding real data: the bundled headline
 * dataset (kr-headline) and 열린재정 out_net_bud_2018.csv (kr-openfiscal), shared by all tests.
 */
final class TestServer {

  static final String OPENFISCAL_FILE = "kr-openfiscal-2007-2018/out_net_bud_2018.csv";

  private static TestServer shared;

  final DuckDbFactStore store;
  final YesanServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  private TestServer(DuckDbFactStore store, YesanServer server) {
    this.store = store;
    this.server = server;
  }

  static synchronized TestServer shared() {
    if (shared == null) {
      DuckDbFactStore store = loadedStore();
      shared = new TestServer(store, YesanServer.start(store, ServerConfig.defaults().withPort(0)));
    }
    return shared;
  }

  static Path data() {
    return Path.of(System.getProperty("yesan.shared", "/work/shared")).resolve("data");
  }

  static DuckDbFactStore loadedStore() {
    DuckDbFactStore store = DuckDbFactStore.inMemory();
    SourceBatch headline = HeadlineCsvFormat.bundled();
    Path file = data().resolve(OPENFISCAL_FILE);
    SourceFormat openfiscal = SourceFormats.installed().byId("openfiscal");
    try (SourceBatch net = openfiscal.open(file, ImportOptions.defaults())) {
      store.importFiles(
          List.of(
              new ImportInput(
                  Path.of("bundled:kr-total-expenditure.csv"),
                  "headline",
                  "bundled",
                  headline,
                  Optional.of("kr-headline")),
              new ImportInput(file, "openfiscal", sha256(file), net, Optional.of("kr-openfiscal"))),
          ImportProgress.NONE);
    } finally {
      headline.close();
    }
    return store;
  }

  private static String sha256(Path file) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Percent-encodes a query value, so tests can write Korean and '|' as is. */
  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  HttpResponse<byte[]> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery)).GET().build());
  }

  HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs and parses the body as JSON, whatever the status. */
  JsonNode json(String pathAndQuery) {
    return parse(get(pathAndQuery));
  }

  static JsonNode parse(HttpResponse<byte[]> response) {
    try {
      return YesanServer.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
