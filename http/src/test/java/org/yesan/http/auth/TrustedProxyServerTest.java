package org.yesan.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.audit.AuditEntry;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.http.operations.OperationsConfig;
import org.yesan.store.duckdb.DuckDbFactStore;

/**
 * Rate-limit buckets, the audit log and the request log behind a reverse proxy, on a real server at
 * port 0: the test's own connection from 127.0.0.1 plays the proxy.
 */
class TrustedProxyServerTest {

  private static final RateLimit TWO = new RateLimit(2, 1);
  private final HttpClient client = HttpClient.newHttpClient();

  @TempDir Path dir;

  private int status(YesanServer s, String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(s.url() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private YesanServer start(DuckDbFactStore store, TrustedProxies proxies, Path log) {
    return YesanServer.start(
        store,
        ServerConfig.defaults().withPort(0).withTrustedProxies(proxies),
        List.of(),
        AccessRules.defaults().withRateLimit(TWO),
        OperationsConfig.defaults().withRequestLog(log));
  }

  private static AuditEntry awaitRefusal(DuckDbFactStore store) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (store.auditCount() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return store.auditEntries(0, 1).get(0);
  }

  @Test
  void fromAnUntrustedPeerForwardingHeadersAreIgnored() throws Exception {
    Path log = dir.resolve("untrusted.jsonl");
    try (DuckDbFactStore store = DuckDbFactStore.inMemory();
        YesanServer s = start(store, TrustedProxies.parse("192.0.2.1"), log)) {
      // each request claims another client; all come from 127.0.0.1 and share its bucket
      assertThat(status(s, "GET", "/api/v1/datasets", "X-Forwarded-For", "203.0.113.1"))
          .isEqualTo(200);
      assertThat(status(s, "GET", "/api/v1/datasets", "Forwarded", "for=203.0.113.2"))
          .isEqualTo(200);
      assertThat(status(s, "GET", "/api/v1/datasets", "X-Forwarded-For", "203.0.113.3"))
          .isEqualTo(429);
      assertThat(status(s, "POST", "/api/v1/imports", "X-Forwarded-For", "203.0.113.4"))
          .isEqualTo(429);
      AuditEntry refused = awaitRefusal(store);
      assertThat(refused.actor()).isEqualTo("anonymous@127.0.0.1 (no token)");
    }
    assertThat(Files.readAllLines(log))
        .hasSize(4)
        .allSatisfy(l -> assertThat(l).contains("\"client\":\"127.0.0.1\""));
  }

  @Test
  void twoClientsBehindATrustedProxyGetTwoBucketsAndTheirOwnNamesInTheLogs() throws Exception {
    Path log = dir.resolve("trusted.jsonl");
    try (DuckDbFactStore store = DuckDbFactStore.inMemory();
        YesanServer s = start(store, TrustedProxies.parse("127.0.0.0/8, ::1"), log)) {
      String a = "X-Forwarded-For";
      // the client wrote a spoofed address first; the proxy appended the one it saw
      String aChain = "6.6.6.6, 203.0.113.10";
      assertThat(status(s, "GET", "/api/v1/datasets", a, aChain)).isEqualTo(200);
      assertThat(status(s, "GET", "/api/v1/datasets", a, aChain)).isEqualTo(200);
      assertThat(status(s, "GET", "/api/v1/datasets", a, aChain)).isEqualTo(429);
      // another client through the same proxy has a full bucket of its own
      assertThat(status(s, "GET", "/api/v1/datasets", "Forwarded", "for=\"198.51.100.20:5000\""))
          .isEqualTo(200);
      assertThat(status(s, "POST", "/api/v1/imports", a, "198.51.100.20")).isEqualTo(401);
      AuditEntry refused = awaitRefusal(store);
      assertThat(refused.actor()).isEqualTo("anonymous@198.51.100.20 (no token)");
      // and the proxy's own address, with no header, is a client of its own too
      assertThat(status(s, "GET", "/api/v1/datasets")).isEqualTo(200);
    }
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).hasSize(6);
    assertThat(lines.subList(0, 3))
        .allSatisfy(l -> assertThat(l).contains("\"client\":\"203.0.113.10\""));
    assertThat(lines.subList(3, 5))
        .allSatisfy(l -> assertThat(l).contains("\"client\":\"198.51.100.20\""));
    assertThat(lines.get(5)).contains("\"client\":\"127.0.0.1\"");
  }
}
