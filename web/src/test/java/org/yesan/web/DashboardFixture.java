package org.yesan.web;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.SourceFormats;
import org.yesan.ingest.headline.HeadlineCsvFormat;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;

/**
 * One dashboard on a free port over an in-memory store of real data, shared by the tests: the
 * bundled headline dataset (kr-headline) and four 열린재정 files of 2017 and 2018 (kr-openfiscal).
 */
final class DashboardFixture {

  static final List<String> OPENFISCAL_FILES =
      List.of("out_2017.csv", "out_2018.csv", "out_net_bud_2017.csv", "out_net_bud_2018.csv");

  private static DashboardFixture shared;

  final DuckDbFactStore store;
  final YesanServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DashboardFixture(DuckDbFactStore store, YesanServer server) {
    this.store = store;
    this.server = server;
  }

  static synchronized DashboardFixture shared() {
    if (shared == null) {
      DuckDbFactStore store = loadedStore();
      shared =
          new DashboardFixture(
              store, YesanServer.start(store, ServerConfig.defaults().withPort(0)));
    }
    return shared;
  }

  static Path data() {
    return Path.of(System.getProperty("yesan.shared", "/work/shared")).resolve("data");
  }

  static DuckDbFactStore loadedStore() {
    DuckDbFactStore store = DuckDbFactStore.inMemory();
    SourceFormat openfiscal = SourceFormats.installed().byId("openfiscal");
    List<ImportInput> inputs = new ArrayList<>();
    List<SourceBatch> open = new ArrayList<>();
    try {
      SourceBatch headline = HeadlineCsvFormat.bundled();
      open.add(headline);
      inputs.add(
          new ImportInput(
              Path.of("bundled:kr-total-expenditure.csv"),
              "headline",
              "bundled",
              headline,
              Optional.of("kr-headline")));
      for (String name : OPENFISCAL_FILES) {
        Path file = data().resolve("kr-openfiscal-2007-2018").resolve(name);
        SourceBatch b = openfiscal.open(file, ImportOptions.defaults());
        open.add(b);
        inputs.add(
            new ImportInput(file, "openfiscal", sha256(file), b, Optional.of("kr-openfiscal")));
      }
      store.importFiles(inputs, ImportProgress.NONE);
    } finally {
      open.forEach(SourceBatch::close);
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

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  String url(String pathAndQuery) {
    return server.url() + "/" + pathAndQuery.replaceFirst("^/", "");
  }

  HttpResponse<byte[]> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET().build());
  }

  HttpResponse<byte[]> post(String pathAndQuery, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
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

  JsonNode json(String pathAndQuery) {
    return parse(get(pathAndQuery));
  }

  static JsonNode parse(HttpResponse<byte[]> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** Serves the fixture until killed, for looking at the dashboard by hand. */
  public static void main(String[] args) throws InterruptedException {
    System.out.println(shared().server.url());
    Thread.currentThread().join();
  }
}
