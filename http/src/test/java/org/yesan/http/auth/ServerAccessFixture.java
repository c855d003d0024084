package org.yesan.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.yesan.accounts.AccountStore;
import org.yesan.accounts.Role;
import org.yesan.app.accounts.Accounts;
import org.yesan.app.accounts.IssuedToken;
import org.yesan.audit.AuditEntry;
import org.yesan.audit.AuditLog;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.store.FactStore;

/**
 * A real server at port 0 over an empty store with a viewer, an editor, an admin and a revoked
 * token, and the requests and checks the access tests share.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerAccessFixture {

  static final Path DATA =
      Path.of(System.getProperty("yesan.shared", "/work/shared")).resolve("data");
  static final Path SHARED_FILE = DATA.resolve("kr-openfiscal-2007-2018/out_net_bud_2018.csv");
  static final Path BROKEN =
      Path.of("../ingest/openfiscal/src/test/resources/broken/fractional_amount.csv");
  static final Path OTHER_BROKEN =
      Path.of("../ingest/openfiscal/src/test/resources/broken/missing_column.csv");
  static final long MAX_UPLOAD = 2L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A new empty store of the kind under test, as a server would hold it. */
  protected abstract FactStore emptyStore() throws Exception;

  private final HttpClient client = HttpClient.newHttpClient();
  FactStore store;
  YesanServer server;
  String viewer;
  String editor;
  String admin;
  String revoked;

  @BeforeAll
  void start() throws Exception {
    store = emptyStore();
    Accounts accounts = new Accounts((AccountStore) store, (AuditLog) store);
    accounts.addUser("cli:test", "vic", Role.VIEWER);
    accounts.addUser("cli:test", "eddie", Role.EDITOR);
    accounts.addUser("cli:test", "ada", Role.ADMIN);
    viewer = accounts.createToken("cli:test", "vic").secret();
    editor = accounts.createToken("cli:test", "eddie").secret();
    admin = accounts.createToken("cli:test", "ada").secret();
    IssuedToken old = accounts.createToken("cli:test", "eddie");
    accounts.revoke("cli:test", old.info().id());
    revoked = old.secret();
    server =
        YesanServer.start(
            store,
            ServerConfig.defaults().withPort(0),
            List.of(),
            AccessRules.defaults().withRateLimit(RateLimit.OFF).withMaxUploadBytes(MAX_UPLOAD));
  }

  @AfterAll
  void stop() {
    server.close();
    store.close();
  }

  // --- requests -------------------------------------------------------------------------------

  HttpResponse<byte[]> send(HttpRequest r) {
    try {
      return client.send(r, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path, Optional<String> token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
    token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
    return b;
  }

  HttpResponse<byte[]> get(String path, Optional<String> token) {
    return send(request(path, token).GET().build());
  }

  HttpResponse<byte[]> upload(Optional<String> token, Multipart body) {
    return send(
        request("/api/v1/imports", token)
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
            .build());
  }

  static JsonNode json(HttpResponse<byte[]> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for an accepted import to end and answers its status resource. */
  JsonNode finished(HttpResponse<byte[]> accepted) throws InterruptedException {
    return finished(accepted, editor);
  }

  /** Waits for an accepted import to end, asking with {@code token}, and answers its status. */
  JsonNode finished(HttpResponse<byte[]> accepted, String token) throws InterruptedException {
    assertThat(accepted.statusCode())
        .as(new String(accepted.body(), StandardCharsets.UTF_8))
        .isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/api/v1/imports/");
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonNode status = json(get(location, Optional.of(token)));
      String state = status.path("state").asText();
      if (state.equals("succeeded") || state.equals("failed")) {
        return status;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the import did not end in two minutes: " + location);
  }

  /**
   * Every dataset's slices with their totals, and the users: what no refused request may change.
   */
  Map<String, Object> state() {
    Map<String, Object> s = new LinkedHashMap<>();
    for (var d : store.datasets()) {
      s.put(d.name(), store.slices(d.name()));
    }
    s.put("users", ((AccountStore) store).users());
    s.put("tokens", ((AccountStore) store).tokens());
    return s;
  }

  long auditCount() {
    return ((AuditLog) store).auditCount();
  }

  AuditEntry lastAudit() {
    return ((AuditLog) store).auditEntries(0, 1).get(0);
  }

  /**
   * The newest audit entry once there are {@code count}; refusals are written in the background.
   */
  AuditEntry awaitAudit(long count) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (auditCount() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the audit log did not reach " + count + " entries in 30 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return lastAudit();
  }

  static void assertProblem(HttpResponse<byte[]> r, int status) {
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(json(r).path("status").asInt()).isEqualTo(status);
  }

  static void assertBearerChallenge(HttpResponse<byte[]> r) {
    assertProblem(r, 401);
    assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
  }
}
