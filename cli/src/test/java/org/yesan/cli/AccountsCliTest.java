package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.app.accounts.TokenSecrets;
import org.yesan.app.imports.Imports;
import org.yesan.store.postgresql.LocalPostgres;
import org.yesan.store.postgresql.PostgresServer;

/** {@code yesan users}, {@code tokens} and {@code audit} on a store file and on PostgreSQL. */
class AccountsCliTest {

  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  private List<Cli> stores() {
    PostgresServer pg = LocalPostgres.newDatabase();
    return List.of(
        new Cli(dir.resolve("y.duckdb")),
        new Cli("postgresql://yesan@127.0.0.1:" + pg.port() + "/" + pg.database()));
  }

  private static JsonNode json(Cli.Run r) throws Exception {
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void usersTokensAndTheirAuditTrailOnBothStores() throws Exception {
    Path file = Cli.shared().resolve("data/kr-openfiscal-2007-2018/out_net_bud_2018.csv");
    for (Cli cli : stores()) {
      assertThat(cli.run("users", "add", "amy", "--role", "editor").exit()).isZero();
      Cli.Run twice = cli.run("users", "add", "amy", "--role", "admin");
      assertThat(twice.exit()).isNotZero();
      assertThat(twice.err()).contains("amy exists");
      Cli.Run badRole = cli.run("users", "add", "bob", "--role", "root");
      assertThat(badRole.exit()).isNotZero();
      assertThat(badRole.err()).contains("expected viewer, editor or admin, found 'root'");
      JsonNode users = json(cli.run("users", "list", "--format", "json"));
      assertThat(users).hasSize(1);
      assertThat(users.get(0).path("name").asText()).isEqualTo("amy");
      assertThat(users.get(0).path("role").asText()).isEqualTo("editor");

      Cli.Run created = cli.run("tokens", "create", "amy");
      assertThat(created.exit()).as(created.err()).isZero();
      String secret = created.out().strip();
      assertThat(TokenSecrets.wellFormed(secret)).as(secret).isTrue();
      Cli.Run listed = cli.run("tokens", "list", "--format", "json");
      assertThat(listed.out()).doesNotContain(secret).doesNotContain(TokenSecrets.hash(secret));
      JsonNode tokens = json(listed);
      assertThat(tokens).hasSize(1);
      String id = tokens.get(0).path("id").asText();
      assertThat(created.err()).contains(id);
      assertThat(tokens.get(0).path("revoked").isNull()).isTrue();
      assertThat(cli.run("tokens", "create", "ghost").err()).contains("no user ghost");

      assertThat(cli.run("tokens", "revoke", id).exit()).isZero();
      Cli.Run again = cli.run("tokens", "revoke", id);
      assertThat(again.exit()).isNotZero();
      assertThat(again.err()).contains("no active token " + id);
      assertThat(
              json(cli.run("tokens", "list", "--format", "json")).get(0).path("revoked").asText())
          .isNotBlank();

      assertThat(cli.run("import", file.toString()).exit()).isZero();
      JsonNode audit = json(cli.run("audit", "--format", "json"));
      List<String> actions = new ArrayList<>();
      audit.forEach(e -> actions.add(e.path("action").asText() + " " + e.path("result").asText()));
      String me = "cli:" + System.getProperty("user.name");
      assertThat(audit).allSatisfy(e -> assertThat(e.path("actor").asText()).isEqualTo(me));
      // the refused duplicate user and the token for no user changed nothing, so are not logged
      assertThat(actions).hasSize(5);
      assertThat(actions.get(0)).startsWith("import ok: ");
      assertThat(actions.subList(1, 5))
          .containsExactly(
              "token_revoke failed: no active token " + id,
              "token_revoke ok",
              "token_create ok: for amy",
              "user_add ok: editor");
      assertThat(audit.get(0).path("sha256").asText()).isEqualTo(Imports.sha256(file));
      assertThat(audit.get(0).path("file").asText()).isEqualTo("out_net_bud_2018.csv");
      assertThat(json(cli.run("audit", "--limit", "1", "--offset", "1", "--format", "json")))
          .hasSize(1)
          .first()
          .satisfies(e -> assertThat(e.path("action").asText()).isEqualTo("token_revoke"));
    }
  }

  @Test
  void aRoleChangesAndARemovedUsersTokensAreRevokedButTheLastAdminStaysOnBothStores()
      throws Exception {
    for (Cli cli : stores()) {
      assertThat(cli.run("users", "add", "ada", "--role", "admin").exit()).isZero();
      assertThat(cli.run("users", "add", "tim", "--role", "viewer").exit()).isZero();
      assertThat(cli.run("tokens", "create", "tim").exit()).isZero();
      Cli.Run promoted = cli.run("users", "role", "tim", "--role", "editor");
      assertThat(promoted.exit()).as(promoted.err()).isZero();
      assertThat(json(cli.run("users", "list", "--format", "json")).get(1).path("role").asText())
          .isEqualTo("editor");
      Cli.Run lastAdmin = cli.run("users", "role", "ada", "--role", "viewer");
      assertThat(lastAdmin.exit()).isNotZero();
      assertThat(lastAdmin.err()).contains("ada is the only admin");
      assertThat(cli.run("users", "remove", "ada").err()).contains("ada is the only admin");
      Cli.Run removed = cli.run("users", "remove", "tim");
      assertThat(removed.exit()).as(removed.err()).isZero();
      assertThat(json(cli.run("users", "list", "--format", "json"))).hasSize(1);
      JsonNode tokens = json(cli.run("tokens", "list", "--format", "json"));
      assertThat(tokens).hasSize(1);
      assertThat(tokens.get(0).path("revoked").asText()).isNotBlank();
      assertThat(cli.run("users", "remove", "tim").err()).contains("no user tim");
      List<String> actions = new ArrayList<>();
      json(cli.run("audit", "--limit", "2", "--format", "json"))
          .forEach(e -> actions.add(e.path("action").asText() + " " + e.path("result").asText()));
      assertThat(actions)
          .containsExactly(
              "user_remove ok: was editor; tokens revoked", "user_role ok: viewer -> editor");
    }
  }
}
