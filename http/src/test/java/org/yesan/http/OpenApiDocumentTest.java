package org.yesan.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yesan.app.table.ExportFormat;

/**
 * Keeps /api/v1/openapi.json true: every route Javalin registered is documented and every
 * documented operation is registered; every documented query parameter is accepted by its route,
 * and any other is refused.
 */
class OpenApiDocumentTest {

  private final TestServer s = TestServer.shared();

  /** Real values for path parameters, so a route is reached rather than 404. */
  private static final Map<String, String> PATH_VALUES =
      Map.of(
          "name",
          "kr-openfiscal",
          "level",
          "ministry",
          "dimension",
          "ministry",
          "theme",
          "defence");

  private JsonNode document() {
    return s.json(YesanServer.OPENAPI_PATH);
  }

  private List<String> documented(JsonNode doc) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      path.getValue()
          .fieldNames()
          .forEachRemaining(m -> out.add(m.toUpperCase() + " " + path.getKey()));
    }
    return out;
  }

  @Test
  void isOpenApi31() {
    JsonNode doc = document();
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.at("/components/schemas/Problem/required").toString())
        .isEqualTo("[\"type\",\"title\",\"status\",\"detail\",\"instance\"]");
  }

  @Test
  void documentsExactlyTheRegisteredRoutes() {
    assertThat(new TreeSet<>(documented(document())))
        .isEqualTo(new TreeSet<>(s.server.registeredRoutes()));
    assertThat(s.server.registeredRoutes())
        .contains(
            "GET /api/v1/datasets/{name}/aggregate",
            "GET /api/3/cubes/{name}/members/{dimension}",
            "GET " + YesanServer.OPENAPI_PATH);
  }

  @Test
  void everyDocumentedParameterIsAcceptedAndNoOtherIs() {
    JsonNode doc = document();
    int checked = 0;
    for (String route : documented(doc)) {
      String path = route.substring(route.indexOf(' ') + 1);
      JsonNode op =
          doc.get("paths").get(path).get(route.substring(0, route.indexOf(' ')).toLowerCase());
      if (op.has("security")) {
        continue; // refused before its parameters are read without a token; see auth tests
      }
      String url = path;
      List<String> query = new ArrayList<>();
      for (JsonNode p : op.get("parameters")) {
        String name = p.get("name").asText();
        if (p.get("in").asText().equals("path")) {
          assertThat(path).contains("{" + name + "}");
          url = url.replace("{" + name + "}", PATH_VALUES.get(name));
        } else {
          query.add(name);
        }
      }
      assertThat(url).doesNotContain("{");
      String method = route.substring(0, route.indexOf(' '));
      JsonNode refused = call(method, op, url + "?zzz=1");
      assertThat(refused.get("type").asText()).as(route).isEqualTo(Problem.UNKNOWN_PARAMETER);
      assertThat(refused.get("parameter").asText()).isEqualTo("zzz");
      for (String name : query) {
        JsonNode answer = call(method, op, url + "?" + name + "=1");
        // The value may well be wrong for the parameter; it must not be refused as unknown.
        assertThat(answer.path("type").asText())
            .as(route + " " + name)
            .isNotEqualTo(Problem.UNKNOWN_PARAMETER);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(25);
  }

  /** Asks a route with its own method; a POST gets a small body of the type it reads. */
  private JsonNode call(String method, JsonNode op, String url) {
    if (method.equals("GET")) {
      return s.json(url);
    }
    String type = op.at("/requestBody/content").fieldNames().next();
    return TestServer.parse(
        s.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.server.url() + url))
                .header("Content-Type", type + "; charset=utf-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .build()));
  }

  @Test
  void listingsOfferCsv() {
    JsonNode op = document().at("/paths/~1api~1v1~1datasets~1{name}~1aggregate/get");
    assertThat(op.at("/responses/200/content").has("text/csv")).isTrue();
    assertThat(op.at("/responses/200/content").has(ExportFormat.XLSX.contentType())).isTrue();
    assertThat(op.at("/responses/200/content").has(ExportFormat.PARQUET.contentType())).isTrue();
    assertThat(op.get("parameters").findValuesAsText("name"))
        .containsExactly(
            "name", "drilldown", "cut", "order", "page", "pagesize", "shares", "format");
  }
}
