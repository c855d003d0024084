package org.yesan.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yesan.accounts.Account;
import org.yesan.accounts.AccountStore;
import org.yesan.accounts.Role;
import org.yesan.app.accounts.TokenSecrets;
import org.yesan.audit.AuditEntry;
import org.yesan.audit.AuditLog;

/**
 * The admin's user and token routes on a real server at port 0: what an admin does there works like
 * the command line and is in the audit log under that admin; no one else reaches them.
 */
abstract class AdminRoutesContract extends ServerAccessFixture {

  private static final List<String> ADMIN_ROUTES =
      List.of(
          "GET /api/v1/users",
          "POST /api/v1/users",
          "PATCH /api/v1/users/{name}",
          "DELETE /api/v1/users/{name}",
          "GET /api/v1/tokens",
          "POST /api/v1/tokens",
          "DELETE /api/v1/tokens/{id}");

  HttpResponse<byte[]> call(String method, String path, Optional<String> token, String body) {
    HttpRequest.Builder b = request(path, token);
    if (body.isEmpty()) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return send(b.build());
  }

  static JsonNode ok(HttpResponse<byte[]> r, int status) {
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(status);
    return status == 204 ? null : json(r);
  }

  /** The entries written since the log held {@code from}, oldest first. */
  List<AuditEntry> auditSince(long from) {
    List<AuditEntry> newest = ((AuditLog) store).auditEntries(0, (int) (auditCount() - from));
    List<AuditEntry> out = new ArrayList<>(newest);
    java.util.Collections.reverse(out);
    return out;
  }

  @Test
  void anAdminMakesAnEditorAndATokenThatImportsAndARevokedTokenIsRefusedAtOnce() throws Exception {
    long audited = auditCount();
    JsonNode user =
        ok(
            call(
                "POST",
                "/api/v1/users",
                Optional.of(admin),
                "{\"name\":\"nora\",\"role\":\"editor\"}"),
            201);
    assertThat(user.path("name").asText()).isEqualTo("nora");
    assertThat(user.path("role").asText()).isEqualTo("editor");
    assertThat(((AccountStore) store).user("nora").map(Account::role)).contains(Role.EDITOR);

    HttpResponse<byte[]> made =
        call("POST", "/api/v1/tokens", Optional.of(admin), "{\"user\":\"nora\"}");
    JsonNode token = ok(made, 201);
    assertThat(made.headers().firstValue("Cache-Control")).contains("no-store");
    String secret = token.path("token").asText();
    String id = token.path("id").asText();
    assertThat(TokenSecrets.wellFormed(secret)).as(secret).isTrue();
    assertThat(token.path("owner").asText()).isEqualTo("nora");

    // the listing names the token but never its secret or hash
    HttpResponse<byte[]> listed = call("GET", "/api/v1/tokens", Optional.of(admin), "");
    ok(listed, 200);
    String listing = new String(listed.body(), StandardCharsets.UTF_8);
    assertThat(listing)
        .contains(id)
        .doesNotContain(secret)
        .doesNotContain(TokenSecrets.hash(secret));
    JsonNode users = ok(call("GET", "/api/v1/users", Optional.of(admin), ""), 200);
    List<String> names = new ArrayList<>();
    users
        .path("users")
        .forEach(u -> names.add(u.path("name").asText() + ":" + u.path("role").asText()));
    assertThat(names).contains("nora:editor", "ada:admin", "vic:viewer");

    JsonNode status =
        finished(
            upload(
                Optional.of(secret),
                new Multipart()
                    .file("file", "out_net_bud_2018.csv", Files.readAllBytes(SHARED_FILE))),
            secret);
    assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("succeeded");

    ok(call("DELETE", "/api/v1/tokens/" + id, Optional.of(admin), ""), 204);
    Map<String, Object> before = state();
    HttpResponse<byte[]> refused =
        upload(
            Optional.of(secret),
            new Multipart().file("file", "out_net_bud_2018.csv", Files.readAllBytes(SHARED_FILE)));
    assertBearerChallenge(refused);
    assertThat(refused.headers().firstValue("WWW-Authenticate").orElse(""))
        .contains("invalid_token");
    assertProblem(call("DELETE", "/api/v1/tokens/" + id, Optional.of(admin), ""), 404);
    JsonNode after = ok(call("GET", "/api/v1/tokens", Optional.of(admin), ""), 200);
    JsonNode revokedRow = null;
    for (JsonNode t : after.path("tokens")) {
      if (t.path("id").asText().equals(id)) {
        revokedRow = t;
      }
    }
    assertThat(revokedRow).isNotNull();
    assertThat(revokedRow.path("revoked").asText()).isNotBlank();

    List<AuditEntry> log = auditSince(audited);
    String actor = log.get(0).actor();
    assertThat(actor).startsWith("ada (token ");
    List<String> lines = new ArrayList<>();
    for (AuditEntry e : log) {
      lines.add(e.actor() + " " + e.actionId() + " " + e.subject() + " " + e.result());
    }
    assertThat(lines)
        .containsSubsequence(
            actor + " user_add nora ok: editor",
            actor + " token_create " + id + " ok: for nora",
            actor + " token_revoke " + id + " ok",
            actor + " token_revoke " + id + " failed: no active token " + id);
    assertThat(log).anySatisfy(e -> assertThat(e.actor()).isEqualTo("nora (token " + id + ")"));
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aViewerAnEditorAndNoTokenReachNoneOfTheAdminRoutes() {
    List<String> registered =
        server.registeredRoutes().stream()
            .filter(r -> r.contains(" /api/v1/users") || r.contains(" /api/v1/tokens"))
            .toList();
    assertThat(registered).containsExactlyInAnyOrderElementsOf(ADMIN_ROUTES);
    Map<String, Object> before = state();
    for (String route : registered) {
      String method = route.substring(0, route.indexOf(' '));
      String path =
          route
              .substring(route.indexOf(' ') + 1)
              .replace("{name}", "vic")
              .replace("{id}", "0123456789abcdef");
      String body = method.equals("POST") || method.equals("PATCH") ? "{\"role\":\"admin\"}" : "";
      for (String who : List.of(viewer, editor)) {
        long audited = auditCount();
        assertProblem(call(method, path, Optional.of(who), body), 403);
        AuditEntry e = awaitAudit(audited + 1);
        assertThat(e.action()).as(route).isEqualTo(AuditEntry.Action.REFUSED);
        assertThat(e.result()).startsWith("refused: 403");
      }
      long audited = auditCount();
      assertBearerChallenge(call(method, path, Optional.empty(), body));
      // refusals are written in the background: this one lands before the next route's count
      assertThat(awaitAudit(audited + 1).result()).startsWith("refused: 401");
    }
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void bodiesWithUnknownFieldsOrBadValuesAreRefusedNamingTheField() {
    Map<String, Object> before = state();
    HttpResponse<byte[]> extra =
        call(
            "POST",
            "/api/v1/users",
            Optional.of(admin),
            "{\"name\":\"zed\",\"role\":\"viewer\",\"password\":\"x\"}");
    assertProblem(extra, 400);
    assertThat(json(extra).path("parameter").asText()).isEqualTo("password");
    assertThat(json(extra).path("detail").asText()).contains("'password'");
    HttpResponse<byte[]> badRole =
        call("POST", "/api/v1/users", Optional.of(admin), "{\"name\":\"zed\",\"role\":\"root\"}");
    assertProblem(badRole, 400);
    assertThat(json(badRole).path("parameter").asText()).isEqualTo("role");
    assertThat(json(badRole).path("detail").asText()).contains("found 'root'");
    HttpResponse<byte[]> badName =
        call(
            "POST",
            "/api/v1/users",
            Optional.of(admin),
            "{\"name\":\"Zed Z\",\"role\":\"viewer\"}");
    assertThat(json(badName).path("parameter").asText()).isEqualTo("name");
    assertProblem(badName, 400);
    HttpResponse<byte[]> missing = call("POST", "/api/v1/tokens", Optional.of(admin), "{}");
    assertProblem(missing, 400);
    assertThat(json(missing).path("parameter").asText()).isEqualTo("user");
    assertProblem(call("POST", "/api/v1/tokens", Optional.of(admin), "{\"user\":\"ghost\"}"), 404);
    assertProblem(call("POST", "/api/v1/users", Optional.of(admin), "{\"name\":"), 400);
    assertProblem(call("POST", "/api/v1/users", Optional.of(admin), ""), 415);
    assertProblem(
        call("POST", "/api/v1/users", Optional.of(admin), "{\"name\":\"vic\",\"role\":\"admin\"}"),
        409);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void anAdminChangesARoleAndRemovesAUserWhoseTokensStopAtOnceButNeverTheLastAdmin() {
    ok(
        call("POST", "/api/v1/users", Optional.of(admin), "{\"name\":\"tim\",\"role\":\"viewer\"}"),
        201);
    String tims =
        ok(call("POST", "/api/v1/tokens", Optional.of(admin), "{\"user\":\"tim\"}"), 201)
            .path("token")
            .asText();
    assertProblem(call("GET", "/api/v1/users", Optional.of(tims), ""), 403);
    JsonNode promoted =
        ok(call("PATCH", "/api/v1/users/tim", Optional.of(admin), "{\"role\":\"admin\"}"), 200);
    assertThat(promoted.path("role").asText()).isEqualTo("admin");
    // the role is read with the token on every request: the promotion holds at once
    ok(call("GET", "/api/v1/users", Optional.of(tims), ""), 200);
    ok(call("DELETE", "/api/v1/users/tim", Optional.of(admin), ""), 204);
    assertThat(((AccountStore) store).user("tim")).isEmpty();
    assertThat(((AccountStore) store).tokens())
        .filteredOn(t -> t.owner().equals("tim"))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.active()).isFalse());
    assertBearerChallenge(call("GET", "/api/v1/users", Optional.of(tims), ""));
    assertProblem(call("DELETE", "/api/v1/users/tim", Optional.of(admin), ""), 404);
    assertProblem(
        call("PATCH", "/api/v1/users/nobody", Optional.of(admin), "{\"role\":\"viewer\"}"), 404);

    // ada is the only admin again: she can neither step down nor be removed
    HttpResponse<byte[]> down =
        call("PATCH", "/api/v1/users/ada", Optional.of(admin), "{\"role\":\"editor\"}");
    assertProblem(down, 409);
    assertThat(json(down).path("detail").asText()).contains("only admin");
    assertProblem(call("DELETE", "/api/v1/users/ada", Optional.of(admin), ""), 409);
    assertThat(((AccountStore) store).user("ada").map(Account::role)).contains(Role.ADMIN);
    List<String> actions =
        ((AuditLog) store)
            .auditEntries(0, 50).stream()
                .filter(e -> e.subject().equals("tim"))
                .map(e -> e.actionId() + " " + e.result())
                .toList();
    assertThat(actions)
        .containsSubsequence(
            "user_remove ok: was admin; tokens revoked",
            "user_role ok: viewer -> admin",
            "user_add ok: viewer");
  }
}
