package org.yesan.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.yesan.app.table.ExportFormat;
import org.yesan.http.auth.AccessDocument;

/**
 * The OpenAPI 3.1 description of the server, built from the endpoints it registers so that a
 * plugged-in {@link Routes} is documented too; a test checks it against the routes Javalin holds.
 */
final class OpenApiDocument {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ObjectNode document;

  OpenApiDocument(List<Endpoint> endpoints) {
    ObjectNode d = JSON.objectNode();
    d.put("openapi", "3.1.0");
    ObjectNode info = d.putObject("info");
    info.put("title", "Yesan API");
    info.put("version", "1");
    info.put(
        "description",
        "Exact national budget figures. Amounts are decimal strings in the currency's base unit"
            + " (won, dollar); see docs/api.md and docs/query-grammar.md.");
    ObjectNode paths = d.putObject("paths");
    for (Endpoint e : endpoints) {
      ObjectNode item =
          paths.has(e.path()) ? (ObjectNode) paths.get(e.path()) : paths.putObject(e.path());
      item.set(e.method().name().toLowerCase(java.util.Locale.ROOT), operation(e));
    }
    AccessDocument.paths().properties().forEach(p -> paths.set(p.getKey(), p.getValue()));
    d.set("components", components());
    this.document = d;
  }

  ObjectNode json() {
    return document.deepCopy();
  }

  private static ObjectNode operation(Endpoint e) {
    ObjectNode op = JSON.objectNode();
    op.put("operationId", e.operationId());
    op.put("summary", e.summary());
    ArrayNode params = op.putArray("parameters");
    for (String p : e.pathParameters()) {
      ObjectNode x = params.addObject();
      x.put("name", p);
      x.put("in", "path");
      x.put("required", true);
      x.putObject("schema").put("type", "string");
    }
    for (QueryParameter p : e.parameters()) {
      ObjectNode x = params.addObject();
      x.put("name", p.name());
      x.put("in", "query");
      x.put("required", p.required());
      x.put("description", p.description());
      ObjectNode schema = x.putObject("schema");
      schema.put("type", p.type().schemaName());
      if (!p.allowed().isEmpty()) {
        ArrayNode values = schema.putArray("enum");
        p.allowed().forEach(values::add);
      }
    }
    e.consumes()
        .ifPresent(
            type -> {
              ObjectNode body = op.putObject("requestBody");
              body.put("required", true);
              body.putObject("content").putObject(type).putObject("schema").put("type", "string");
            });
    ObjectNode responses = op.putObject("responses");
    ObjectNode ok = responses.putObject("200");
    ok.put(
        "description",
        e.listing() ? "the listing, as JSON, CSV, XLSX or Parquet" : "the answer, as JSON");
    ObjectNode content = ok.putObject("content");
    content.putObject(YesanServer.JSON).putObject("schema").put("type", "object");
    if (e.listing()) {
      content.putObject("text/csv").putObject("schema").put("type", "string");
      for (ExportFormat f : List.of(ExportFormat.XLSX, ExportFormat.PARQUET)) {
        content.putObject(f.contentType()).putObject("schema").put("type", "string");
      }
    }
    responses.set(
        "400", problemResponse("a parameter that cannot be read or does not fit the data"));
    if (!e.pathParameters().isEmpty()) {
      responses.set("404", problemResponse("no such dataset"));
    }
    responses.set("500", problemResponse("the server failed; details are in its log only"));
    return op;
  }

  private static ObjectNode problemResponse(String description) {
    ObjectNode r = JSON.objectNode();
    r.put("description", description);
    r.putObject("content")
        .putObject(Problem.CONTENT_TYPE)
        .putObject("schema")
        .put("$ref", "#/components/schemas/Problem");
    return r;
  }

  private static ObjectNode components() {
    ObjectNode c = JSON.objectNode();
    ObjectNode problem = c.putObject("schemas").putObject("Problem");
    problem.put("type", "object");
    problem.put("description", "RFC 9457 problem details");
    ObjectNode props = problem.putObject("properties");
    props.putObject("type").put("type", "string");
    props.putObject("title").put("type", "string");
    props.putObject("status").put("type", "integer");
    props.putObject("detail").put("type", "string");
    props.putObject("instance").put("type", "string");
    props.putObject("parameter").put("type", "string");
    props
        .putObject("position")
        .put("type", "integer")
        .put("description", "1-based character position in the parameter; 0: the whole value");
    c.putObject("securitySchemes").set(AccessDocument.SCHEME, AccessDocument.scheme());
    ArrayNode required = problem.putArray("required");
    List.of("type", "title", "status", "detail", "instance").forEach(required::add);
    return c;
  }
}
