package org.yesan.http.auth;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yesan.http.imports.ImportRoutes;

/**
 * The OpenAPI description of the routes that need a token (imports, the audit log, users and
 * tokens), and of the bearer scheme they use; the server adds both to its document.
 */
public final class AccessDocument {

  /** The name of the security scheme in {@code components.securitySchemes}. */
  public static final String SCHEME = "bearer";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private AccessDocument() {}

  /** The paths, as OpenAPI path items keyed by template. */
  public static ObjectNode paths() {
    ObjectNode paths = JSON.objectNode();
    ObjectNode post =
        operation(
            "startImport",
            "Import files all or nothing (an editor's token; multipart/form-data with the files"
                + " and optional fields format and dataset); 202 with the status resource",
            "202");
    post.putObject("requestBody")
        .put("required", true)
        .putObject("content")
        .putObject("multipart/form-data")
        .putObject("schema")
        .put("type", "object");
    paths.putObject(ImportRoutes.PATH).set("post", post);
    ObjectNode status =
        operation(
            "importStatus",
            "An import's state (queued, running, succeeded, failed), progress, report or problem",
            "200");
    ObjectNode id = status.putArray("parameters").addObject();
    id.put("name", "id").put("in", "path").put("required", true);
    id.putObject("schema").put("type", "string");
    paths.putObject(ImportRoutes.PATH + "/{id}").set("get", status);
    ObjectNode audit =
        operation(
            "auditLog", "The audit log, newest first (an admin's token; offset, limit)", "200");
    for (String name : new String[] {"offset", "limit"}) {
      ObjectNode p = audit.putArray("parameters").addObject();
      p.put("name", name).put("in", "query").put("required", false);
      p.putObject("schema").put("type", "integer");
    }
    paths.putObject(AuditRoutes.PATH).set("get", audit);
    accounts(paths);
    return paths;
  }

  // The admin's user and token routes (AccountRoutes); bodies are JSON objects of these fields.
  private static void accounts(ObjectNode paths) {
    ObjectNode users = paths.putObject(AccountRoutes.USERS);
    users.set("get", operation("listUsers", "The users and their roles (an admin's token)", "200"));
    users.set(
        "post",
        withBody(
            operation("addUser", "Add a user with a role (an admin's token)", "201"),
            "name",
            "role"));
    ObjectNode user = paths.putObject(AccountRoutes.USERS + "/{name}");
    user.set(
        "patch",
        withPath(
            withBody(
                operation("changeRole", "Give a user another role (an admin's token)", "200"),
                "role"),
            "name"));
    user.set(
        "delete",
        withPath(
            operation(
                "removeUser", "Remove a user and revoke their tokens (an admin's token)", "204"),
            "name"));
    ObjectNode tokens = paths.putObject(AccountRoutes.TOKENS);
    tokens.set(
        "get", operation("listTokens", "The tokens, without secrets (an admin's token)", "200"));
    tokens.set(
        "post",
        withBody(
            operation(
                "createToken",
                "Make a token for a user; its secret is in this answer only (an admin's token)",
                "201"),
            "user"));
    paths
        .putObject(AccountRoutes.TOKENS + "/{id}")
        .set(
            "delete",
            withPath(operation("revokeToken", "Revoke a token (an admin's token)", "204"), "id"));
  }

  private static ObjectNode withBody(ObjectNode op, String... fields) {
    ObjectNode schema =
        op.putObject("requestBody")
            .put("required", true)
            .putObject("content")
            .putObject("application/json")
            .putObject("schema");
    schema.put("type", "object").put("additionalProperties", false);
    ObjectNode properties = schema.putObject("properties");
    for (String f : fields) {
      properties.putObject(f).put("type", "string");
      schema.withArray("required").add(f);
    }
    return op;
  }

  private static ObjectNode withPath(ObjectNode op, String name) {
    ObjectNode p = op.putArray("parameters").addObject();
    p.put("name", name).put("in", "path").put("required", true);
    p.putObject("schema").put("type", "string");
    return op;
  }

  /** The bearer scheme, for {@code components.securitySchemes}. */
  public static ObjectNode scheme() {
    ObjectNode s = JSON.objectNode();
    s.put("type", "http");
    s.put("scheme", "bearer");
    s.put("description", "a token from yesan tokens create USER");
    return s;
  }

  private static ObjectNode operation(String id, String summary, String success) {
    ObjectNode op = JSON.objectNode();
    op.put("operationId", id);
    op.put("summary", summary);
    op.putArray("security").addObject().putArray(SCHEME);
    ObjectNode responses = op.putObject("responses");
    responses.putObject(success).put("description", "the answer, as JSON");
    for (String[] r :
        new String[][] {
          {"401", "no valid token (WWW-Authenticate: Bearer)"},
          {"403", "a token of too low a role"},
          {"429", "past the rate limit (Retry-After)"}
        }) {
      responses
          .putObject(r[0])
          .put("description", r[1])
          .putObject("content")
          .putObject("application/problem+json")
          .putObject("schema")
          .put("$ref", "#/components/schemas/Problem");
    }
    return op;
  }
}
