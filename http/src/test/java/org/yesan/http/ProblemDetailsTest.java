package org.yesan.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yesan.http.TestServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors come back as RFC 9457 problem details with exact messages, never as stack traces. */
class ProblemDetailsTest {

  private final TestServer s = TestServer.shared();

  private JsonNode problem(String path, int status) {
    HttpResponse<byte[]> r = s.get(path);
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = TestServer.parse(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    return p;
  }

  @Test
  void unknownDimensionInACutNamesParameterAndPosition() {
    String path = "/api/v1/datasets/kr-openfiscal/aggregate?cut=" + q("stage:enacted|ministri:국방부");
    JsonNode p = problem(path, 400);
    assertThat(p.get("type").asText()).isEqualTo("urn:yesan:problem:bad-query");
    assertThat(p.get("title").asText()).isEqualTo("Bad query");
    assertThat(p.get("parameter").asText()).isEqualTo("cut");
    assertThat(p.get("position").asInt()).isEqualTo(15);
    assertThat(p.get("detail").asText())
        .isEqualTo(
            "unknown dimension 'ministri' in dataset kr-openfiscal; known: fiscal_year, stage,"
                + " measure, reported_in, ministry, account, sub_account, sector, subsector,"
                + " program, unit_project");
    assertThat(p.get("instance").asText()).isEqualTo(path);
  }

  @Test
  void addingProposalAndEnactedIsRefused() {
    JsonNode p =
        problem("/api/v1/datasets/kr-openfiscal/aggregate?cut=" + q("fiscal_year:2018"), 400);
    assertThat(p.get("parameter").asText()).isEqualTo("cut");
    assertThat(p.get("detail").asText())
        .isEqualTo(
            "the selected facts span 2 stages (proposal, enacted), which must not be added"
                + " together; cut one (e.g. stage:proposal) or drill down by stage");
  }

  @Test
  void badDrilldownOrderAndPage() {
    assertThat(
            problem("/api/v1/datasets/kr-openfiscal/aggregate?drilldown=ministry,,program", 400)
                .get("detail")
                .asText())
        .isEqualTo("expected a dimension name, found nothing");
    JsonNode order =
        problem(
            "/api/v1/datasets/kr-openfiscal/aggregate?drilldown=ministry&order=amount:up&cut="
                + q("stage:enacted"),
            400);
    assertThat(order.get("parameter").asText()).isEqualTo("order");
    assertThat(order.get("detail").asText()).isEqualTo("expected asc or desc, found 'up'");
    assertThat(problem("/api/v1/datasets/kr-openfiscal/facts?page=two", 400).get("detail").asText())
        .isEqualTo("expected a whole number, found 'two'");
    JsonNode big = problem("/api/v1/datasets/kr-openfiscal/facts?pagesize=10001", 400);
    assertThat(big.get("parameter").asText()).isEqualTo("pagesize");
    assertThat(big.get("detail").asText())
        .isEqualTo("page size must be between 1 and 10000, found 10001");
    assertThat(problem("/api/v1/datasets/kr-openfiscal/facts?page=0", 400).get("detail").asText())
        .isEqualTo("page numbers start at 1, found 0");
  }

  @Test
  void badFormatAndRepeatedParameter() {
    assertThat(problem("/api/v1/datasets?format=xml", 400).get("detail").asText())
        .isEqualTo("expected json, csv, xlsx or parquet, found 'xml'");
    JsonNode twice =
        problem("/api/v1/datasets/kr-openfiscal/facts?cut=stage:enacted&cut=stage:proposal", 400);
    assertThat(twice.get("parameter").asText()).isEqualTo("cut");
    assertThat(twice.get("detail").asText())
        .isEqualTo("given 2 times; give it once (join values as documented)");
  }

  @Test
  void unknownQueryParameterIsRefused() {
    JsonNode p = problem("/api/v1/datasets/kr-openfiscal/aggregate?drilldwon=ministry", 400);
    assertThat(p.get("type").asText()).isEqualTo("urn:yesan:problem:unknown-parameter");
    assertThat(p.get("parameter").asText()).isEqualTo("drilldwon");
    assertThat(p.get("detail").asText())
        .isEqualTo(
            "unknown query parameter 'drilldwon'; /api/v1/datasets/{name}/aggregate accepts:"
                + " drilldown, cut, order, page, pagesize, shares, format");
  }

  @Test
  void compareNeedsExactlyOneAxis() {
    assertThat(problem("/api/v1/datasets/kr-openfiscal/compare", 400).get("detail").asText())
        .isEqualTo("give either years=A,B or stages=A,B, found neither");
    assertThat(
            problem("/api/v1/datasets/kr-openfiscal/compare?years=2017,2018,2019", 400)
                .get("detail")
                .asText())
        .isEqualTo("expected two values separated by ',', found 3");
    JsonNode stage = problem("/api/v1/datasets/kr-openfiscal/compare?stages=proposal,passed", 400);
    assertThat(stage.get("position").asInt()).isEqualTo(10);
  }

  @Test
  void unknownDatasetAndRouteAre404() {
    JsonNode d = problem("/api/v1/datasets/kr-nothing/aggregate", 404);
    assertThat(d.get("type").asText()).isEqualTo("urn:yesan:problem:unknown-dataset");
    assertThat(d.get("detail").asText())
        .isEqualTo("no dataset named 'kr-nothing'; datasets: kr-headline, kr-openfiscal");
    JsonNode r = problem("/api/v2/anything", 404);
    assertThat(r.get("type").asText()).isEqualTo("urn:yesan:problem:not-found");
    assertThat(r.get("instance").asText()).isEqualTo("/api/v2/anything");
  }

  @Test
  void unknownLevelInMembersIs400() {
    JsonNode p = problem("/api/v1/datasets/kr-openfiscal/members/minstry", 400);
    assertThat(p.get("parameter").asText()).isEqualTo("level");
  }

  @Test
  void internalErrorsHideTheirCauseAndPluggedInRoutesAreServed() throws Exception {
    Routes plugin =
        () ->
            List.of(
                Endpoint.get(
                    "/api/v1/boom",
                    "boom",
                    "fails on purpose",
                    List.of(),
                    request -> {
                      throw new IllegalStateException("secret detail at line 42");
                    }),
                Endpoint.get(
                    "/api/v1/hello",
                    "hello",
                    "a plugged-in route",
                    List.of(QueryParameter.text("who", "whom to greet")),
                    request ->
                        Reply.json(
                            JsonNodeFactory.instance
                                .objectNode()
                                .put("hello", request.query("who").orElse("world")))));
    try (YesanServer server =
        YesanServer.start(s.store, ServerConfig.defaults().withPort(0), List.of(plugin))) {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> boom =
          client.send(
              HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/boom")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(boom.statusCode()).isEqualTo(500);
      assertThat(boom.body())
          .isEqualTo(
              "{\"type\":\"urn:yesan:problem:internal-error\",\"title\":\"Internal server error\","
                  + "\"status\":500,\"detail\":\"the server failed to answer; the error is logged"
                  + " on the server\",\"instance\":\"/api/v1/boom\"}");
      HttpResponse<String> hello =
          client.send(
              HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/hello?who=yesan")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(hello.body()).isEqualTo("{\"hello\":\"yesan\"}");
      HttpResponse<String> doc =
          client.send(
              HttpRequest.newBuilder(URI.create(server.url() + YesanServer.OPENAPI_PATH)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(doc.body()).contains("\"/api/v1/hello\"").contains("\"whom to greet\"");
    }
  }

  @Test
  void corsIsOffByDefaultAndOnWhenConfigured() throws Exception {
    assertThat(s.get("/api/v1/datasets").headers().firstValue("access-control-allow-origin"))
        .isEmpty();
    try (YesanServer server =
        YesanServer.start(
            s.store, ServerConfig.defaults().withPort(0).withCorsOrigin("https://example.org"))) {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/datasets")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.headers().firstValue("access-control-allow-origin"))
          .hasValue("https://example.org");
    }
  }
}
