package org.yesan.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yesan.accounts.AccountStore;
import org.yesan.app.accounts.TokenSecrets;
import org.yesan.app.imports.ImportRequest;
import org.yesan.app.imports.Imports;
import org.yesan.audit.AuditEntry;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.ingest.ImportOptions;
import org.yesan.store.Slice;
import org.yesan.store.duckdb.DuckDbFactStore;

/**
 * Accounts, roles, imports over HTTP and the audit log on a real server at port 0, tried as an
 * attacker would; each store's test extends it with an empty store of its kind.
 */
abstract class ServerAccessContract extends ServerAccessFixture {

  // --- every write route ----------------------------------------------------------------------

  @Test
  void everyRouteWithAWriteMethodRefusesARequestWithoutAToken() {
    List<String> writes =
        server.registeredRoutes().stream()
            .filter(r -> !r.startsWith("GET ") && !r.startsWith("HEAD "))
            .toList();
    assertThat(writes).contains("POST /api/v1/imports");
    Map<String, Object> before = state();
    for (String route : writes) {
      long audited = auditCount();
      String method = route.substring(0, route.indexOf(' '));
      String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x");
      HttpResponse<byte[]> r =
          send(
              request(path, Optional.empty())
                  .header("Content-Type", "application/json")
                  .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                  .build());
      if (Gate.READING_POSTS.contains(route.substring(route.indexOf(' ') + 1))) {
        // computes from the body and keeps nothing: whatever it answers, nothing changed
        assertThat(r.statusCode()).as(route).isNotEqualTo(401);
      } else {
        assertBearerChallenge(r);
        AuditEntry e = awaitAudit(audited + 1);
        assertThat(e.action()).as(route).isEqualTo(AuditEntry.Action.REFUSED);
        assertThat(e.subject()).isEqualTo(method + " " + path);
      }
      assertThat(state()).as(route).isEqualTo(before);
    }
  }

  // --- imports --------------------------------------------------------------------------------

  @Test
  void aSharedFileUploadedByAnEditorGivesTheSameSlicesAsTheCommandLineImport() throws Exception {
    JsonNode status =
        finished(
            upload(
                Optional.of(editor),
                new Multipart()
                    .file("file", "out_net_bud_2018.csv", Files.readAllBytes(SHARED_FILE))));
    assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("succeeded");
    assertThat(status.path("report").path("facts").asLong()).isPositive();
    List<Slice> cli;
    try (DuckDbFactStore reference = DuckDbFactStore.inMemory()) {
      new Imports()
          .run(
              reference,
              ImportRequest.of(
                  List.of(SHARED_FILE),
                  ImportRequest.AUTO,
                  Optional.empty(),
                  ImportOptions.defaults()),
              org.yesan.store.imports.ImportProgress.NONE);
      String name = reference.datasets().get(0).name();
      cli = reference.slices(name);
      // the same slices and totals; the source is named by the uploaded file's name
      List<Slice> served = awaitSlices(name);
      assertThat(served.stream().map(ServerAccessContract::byFileName).toList())
          .isEqualTo(cli.stream().map(ServerAccessContract::byFileName).toList());
      // and recorded under that name alone: no path of the server's upload folder
      assertThat(served)
          .allSatisfy(s -> assertThat(s.sourceFile()).isEqualTo("out_net_bud_2018.csv"));
    }
    assertThat(cli).isNotEmpty();
    AuditEntry entry = lastAudit();
    assertThat(entry.action()).isEqualTo(AuditEntry.Action.IMPORT);
    assertThat(entry.actor()).startsWith("eddie (token ");
    assertThat(entry.file()).contains("out_net_bud_2018.csv");
    assertThat(entry.sha256()).contains(Imports.sha256(SHARED_FILE));
    assertThat(entry.result()).startsWith("ok: ");
  }

  static String byFileName(Slice s) {
    return s.measure()
        + " "
        + s.fiscalYear()
        + " "
        + s.stage()
        + " "
        + s.reportedIn()
        + " "
        + s.facts()
        + " "
        + s.total().toPlainString()
        + " "
        + Path.of(s.sourceFile()).getFileName();
  }

  /** The slices as the server answers them once it has opened the store again after an import. */
  List<Slice> awaitSlices(String dataset) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      try {
        return store.slices(dataset);
      } catch (RuntimeException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  @Test
  void aBrokenFileGivesTheCommandLinesMessageAndLeavesTheStoreAsItWas() throws Exception {
    String cliMessage;
    try (DuckDbFactStore reference = DuckDbFactStore.inMemory()) {
      ImportRequest req =
          ImportRequest.of(
              List.of(BROKEN), ImportRequest.AUTO, Optional.empty(), ImportOptions.defaults());
      RuntimeException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              RuntimeException.class,
              () -> new Imports().run(reference, req, org.yesan.store.imports.ImportProgress.NONE));
      cliMessage = e.getMessage();
    }
    assertThat(cliMessage).startsWith(BROKEN.toString() + ":");
    Map<String, Object> before = state();
    JsonNode status =
        finished(
            upload(
                Optional.of(editor),
                new Multipart().file("file", "fractional_amount.csv", Files.readAllBytes(BROKEN))));
    assertThat(status.path("state").asText()).isEqualTo("failed");
    assertThat(status.path("problem").path("status").asInt()).isEqualTo(400);
    assertThat(status.path("problem").path("detail").asText())
        .isEqualTo(cliMessage.replace(BROKEN.toString(), "fractional_amount.csv"));
    Thread.sleep(500); // a served file reopens after the failed import
    assertThat(awaitState()).isEqualTo(before);
    AuditEntry entry = lastAudit();
    assertThat(entry.action()).isEqualTo(AuditEntry.Action.IMPORT);
    assertThat(entry.result()).startsWith("failed: fractional_amount.csv:");
    assertThat(entry.sha256()).contains(Imports.sha256(BROKEN));
  }

  Map<String, Object> awaitState() throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      try {
        return state();
      } catch (RuntimeException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  @Test
  void anotherContentTypeIs415AndAnOversizedUploadIs413AndBothAreAudited() throws Exception {
    Map<String, Object> before = awaitState();
    long audited = auditCount();
    HttpResponse<byte[]> plain =
        send(
            request("/api/v1/imports", Optional.of(editor))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(BROKEN)))
                .build());
    assertProblem(plain, 415);
    byte[] big = new byte[(int) MAX_UPLOAD + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<byte[]> oversized =
        upload(Optional.of(editor), new Multipart().file("file", "big.csv", big));
    assertProblem(oversized, 413);
    assertThat(awaitState()).isEqualTo(before);
    // an editor's refused upload is no refusal of the gate, so it is no REFUSED entry; it changed
    // nothing, and the log holds no import that did not happen
    assertThat(auditCount()).isEqualTo(audited);
  }

  @Test
  void aFileNameThatClimbsOutOfTheUploadFolderIsCutToItsLastSegment() throws Exception {
    String evil = "yesan-evil-" + UUID.randomUUID() + ".csv";
    Path outside = Path.of(System.getProperty("java.io.tmpdir")).resolve(evil);
    Map<String, Object> before = awaitState();
    JsonNode status =
        finished(
            upload(
                Optional.of(editor),
                new Multipart()
                    .file("file", "../../../../../.." + outside, Files.readAllBytes(BROKEN))
                    .file("file", "..\\..\\" + evil, Files.readAllBytes(OTHER_BROKEN))));
    assertThat(Files.exists(outside)).isFalse();
    List<String> names = new ArrayList<>();
    status.path("files").forEach(n -> names.add(n.asText()));
    assertThat(names).hasSize(2).first().isEqualTo(evil);
    assertThat(names.get(1)).doesNotContain("/", "\\").doesNotStartWith(".").endsWith(evil);
    assertThat(status.path("state").asText()).isEqualTo("failed");
    assertThat(status.path("problem").path("detail").asText())
        .matches("^(2-)?\\Q" + evil + "\\E:.*");
    assertThat(awaitState()).isEqualTo(before);
  }

  // --- tokens and roles -----------------------------------------------------------------------

  @Test
  void aViewersRevokedForgedOrMalformedTokenOnImportIsRefusedAndAudited() throws Exception {
    Map<String, Object> before = awaitState();
    Multipart file =
        new Multipart().file("file", "out_net_bud_2018.csv", Files.readAllBytes(BROKEN));
    String forged = new TokenSecrets().newSecret();
    record Attempt(Optional<String> token, int status, String actor) {}
    List<Attempt> attempts =
        List.of(
            new Attempt(Optional.empty(), 401, "(no token)"),
            new Attempt(Optional.of(viewer), 403, "vic (token "),
            new Attempt(Optional.of(revoked), 401, "(revoked token)"),
            new Attempt(Optional.of(forged), 401, "(unknown token)"),
            new Attempt(Optional.of("' OR 1=1 --"), 401, "(malformed token)"));
    for (Attempt a : attempts) {
      long audited = auditCount();
      HttpResponse<byte[]> r = upload(a.token(), file);
      if (a.status() == 401) {
        assertBearerChallenge(r);
      } else {
        assertProblem(r, a.status());
      }
      AuditEntry e = awaitAudit(audited + 1);
      assertThat(auditCount()).as(a.actor()).isEqualTo(audited + 1);
      assertThat(e.action()).isEqualTo(AuditEntry.Action.REFUSED);
      assertThat(e.actor()).contains(a.actor());
      assertThat(e.subject()).isEqualTo("POST /api/v1/imports");
      assertThat(e.result()).startsWith("refused: " + a.status());
    }
    assertThat(awaitState()).isEqualTo(before);
  }

  @Test
  void anUploadRefusedByTheGateIsAnsweredWhileItsBodyIsStillComing() {
    // the gate answers before any route reads the body, and an HTTP/1.1 client is still sending
    // it: a connection closed on unread bytes is reset and the client sees no answer at all
    byte[] large = new byte[(int) MAX_UPLOAD * 4];
    Arrays.fill(large, (byte) 'x');
    Multipart body = new Multipart().file("file", "big.csv", large);
    for (int i = 0; i < 4; i++) {
      assertBearerChallenge(upload(Optional.of(revoked), body));
      assertBearerChallenge(upload(Optional.empty(), body));
      assertProblem(upload(Optional.of(viewer), body), 403);
    }
  }

  @Test
  void theAuditLogIsForAdminsOnlyNewestFirstInPages() {
    JsonNode page = json(get("/api/v1/audit?limit=2", Optional.of(admin)));
    assertThat(page.path("entries")).hasSize(2);
    long first = page.path("entries").get(0).path("id").asLong();
    long second = page.path("entries").get(1).path("id").asLong();
    assertThat(first).isGreaterThan(second);
    JsonNode next = json(get("/api/v1/audit?limit=1&offset=1", Optional.of(admin)));
    assertThat(next.path("entries").get(0).path("id").asLong()).isEqualTo(second);
    assertThat(page.path("total").asLong())
        .isGreaterThanOrEqualTo(7); // 3 users, 4 tokens, 1 revoke
    assertProblem(get("/api/v1/audit?limit=0", Optional.of(admin)), 400);
    long audited = auditCount();
    assertBearerChallenge(get("/api/v1/audit", Optional.empty()));
    assertProblem(get("/api/v1/audit", Optional.of(viewer)), 403);
    assertProblem(get("/api/v1/audit", Optional.of(editor)), 403);
    assertThat(awaitAudit(audited + 3).subject()).isEqualTo("GET /api/v1/audit");
    assertProblem(get("/api/v1/audit?limit=1;DROP%20TABLE%20yesan_audit", Optional.of(admin)), 400);
    assertProblem(get("/api/v1/audit?who=ada", Optional.of(admin)), 400);
  }

  @Test
  void readsArePublicButAnInvalidTokenIsStillRefused() {
    assertThat(get("/api/v1/datasets", Optional.empty()).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/datasets", Optional.of(viewer)).statusCode()).isEqualTo(200);
    assertBearerChallenge(get("/api/v1/datasets", Optional.of(revoked)));
    assertThat(
            get("/api/v1/datasets", Optional.of(revoked))
                .headers()
                .firstValue("WWW-Authenticate")
                .orElse(""))
        .contains("invalid_token");
  }

  @Test
  void sqlInEveryParameterIsAnsweredWithoutAFailureAndChangesNothing() throws Exception {
    Map<String, Object> before = awaitState();
    String sql = "x'; DROP TABLE yesan_users; --";
    String q = URLEncoder.encode(sql, StandardCharsets.UTF_8).replace("+", "%20");
    for (Endpoint e : server.endpoints()) {
      if (e.method() != Endpoint.Method.GET) {
        continue;
      }
      String path = e.path().replaceAll("\\{[^}]+}", q);
      List<String> asked = new ArrayList<>();
      asked.add(path);
      for (QueryParameter p : e.parameters()) {
        asked.add(path + "?" + p.name() + "=" + q);
      }
      for (String a : asked) {
        HttpResponse<byte[]> r = get(a, Optional.of(viewer));
        assertThat(r.statusCode()).as(a).isNotEqualTo(500);
      }
    }
    HttpResponse<byte[]> field =
        upload(
            Optional.of(editor),
            new Multipart()
                .field("dataset", sql)
                .field("format", sql)
                .file("file", sql + ".csv", Files.readAllBytes(BROKEN)));
    assertProblem(field, 400);
    assertThat(awaitState()).isEqualTo(before);
    assertThat(((AccountStore) store).users()).hasSize(3);
  }

  @Test
  void aStatusResourceNeedsAnEditorAndAnUnknownOneIs404() {
    long audited = auditCount();
    assertBearerChallenge(get("/api/v1/imports/nope", Optional.empty()));
    assertProblem(get("/api/v1/imports/nope", Optional.of(viewer)), 403);
    assertProblem(get("/api/v1/imports/nope", Optional.of(editor)), 404);
    assertThat(awaitAudit(audited + 2).subject()).isEqualTo("GET /api/v1/imports/nope");
  }

  @Test
  void aPrivateServerRefusesReadsWithoutAViewersToken() {
    try (YesanServer closed =
        YesanServer.start(
            store,
            ServerConfig.defaults().withPort(0),
            List.of(),
            AccessRules.defaults().withPrivateReads(true).withRateLimit(RateLimit.OFF))) {
      assertBearerChallenge(datasets(closed, Optional.empty()));
      assertThat(datasets(closed, Optional.of(viewer)).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aClientPastItsRateLimitIsToldWhenToComeBackAndOthersAreNot() {
    try (YesanServer limited =
        YesanServer.start(
            store,
            ServerConfig.defaults().withPort(0),
            List.of(),
            AccessRules.defaults().withRateLimit(new RateLimit(3, 6)))) {
      List<Integer> statuses = new ArrayList<>();
      HttpResponse<byte[]> last = null;
      for (int i = 0; i < 4; i++) {
        last = datasets(limited, Optional.of(viewer));
        statuses.add(last.statusCode());
      }
      assertThat(statuses).containsExactly(200, 200, 200, 429);
      assertProblem(last, 429);
      // 6 a minute: the next token comes in 10 s
      assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()))
          .isBetween(9L, 10L);
      assertThat(datasets(limited, Optional.of(editor)).statusCode()).isEqualTo(200);
    }
  }

  /** GET /api/v1/datasets of another server over the same store. */
  HttpResponse<byte[]> datasets(YesanServer other, Optional<String> token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(other.url() + "/api/v1/datasets"));
    token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
    return send(b.GET().build());
  }

  @Test
  void noTokenSecretIsKeptInTheStore() {
    assertThatThrownBy(() -> ((AccountStore) store).tokenByHash(editor).orElseThrow())
        .isInstanceOf(java.util.NoSuchElementException.class);
    assertThat(((AccountStore) store).tokenByHash(TokenSecrets.hash(editor))).isPresent();
  }
}
