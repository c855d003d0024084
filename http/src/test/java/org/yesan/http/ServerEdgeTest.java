package org.yesan.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * What the one server answers at its edge, on a real server at port 0: raw query characters,
 * refused methods, sizes and media types, security headers and CORS; every error problem JSON.
 */
class ServerEdgeTest {

  private final TestServer s = TestServer.shared();

  private RawHttp raw(String method, String target, String... headers) {
    StringBuilder r = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    r.append("Host: 127.0.0.1\r\nConnection: close\r\n");
    for (String h : headers) {
      r.append(h).append("\r\n");
    }
    return RawHttp.send(s.server.port(), r.append("\r\n").toString());
  }

  private static JsonNode problem(RawHttp r, int status) {
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.header("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(Problem.CONTENT_TYPE));
    try {
      JsonNode p = YesanServer.MAPPER.readTree(r.body());
      assertThat(p.get("status").asInt()).isEqualTo(status);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void rawPipeAndQuoteInTheQueryAreReadAsTheirEncodedForms() {
    String cut = "stage:enacted|measure:total_expenditure";
    String path = "/api/v1/datasets/kr-headline/aggregate?drilldown=fiscal_year&cut=";
    RawHttp plain = raw("GET", path + cut);
    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.body()).isEqualTo(TestServer.text(s.get(path + TestServer.q(cut))));
    // a '"' is plain text to the grammar: here part of a member no dataset has
    String quoted = "/api/v1/datasets/kr-headline/aggregate?cut=stage:enacted|measure:\"x\"";
    RawHttp q = raw("GET", quoted);
    assertThat(q.status()).isEqualTo(200);
    assertThat(q.body())
        .isEqualTo(
            TestServer.text(
                s.get(
                    "/api/v1/datasets/kr-headline/aggregate?cut="
                        + TestServer.q("stage:enacted|measure:\"x\""))));
  }

  @Test
  void aKnownPathAskedWithAnotherMethodIs405WithAllow() {
    RawHttp r = raw("DELETE", "/api/v1/datasets");
    JsonNode p = problem(r, 405);
    assertThat(r.header("allow")).hasValue("GET, HEAD");
    assertThat(p.get("title").asText()).isEqualTo("Method Not Allowed");
    assertThat(p.get("detail").asText())
        .isEqualTo("DELETE is not answered on /api/v1/datasets; use GET or HEAD");
    RawHttp get = raw("GET", "/api/v1/claims/check");
    assertThat(problem(get, 405).get("detail").asText())
        .isEqualTo("GET is not answered on /api/v1/claims/check; use POST");
    assertThat(get.header("allow")).hasValue("POST");
    RawHttp odd = raw("BREW", "/api/v1/datasets/kr-headline");
    assertThat(problem(odd, 405).get("detail").asText())
        .isEqualTo("BREW is not answered on /api/v1/datasets/kr-headline; use GET or HEAD");
    // HEAD has no body, the problem's status and Allow remain
    RawHttp head = raw("HEAD", "/api/v1/claims/check");
    assertThat(head.status()).isEqualTo(405);
    assertThat(head.header("allow")).hasValue("POST");
    assertThat(head.body()).isEmpty();
  }

  @Test
  void headAnswersLikeGetWithoutABody() {
    String path =
        "/api/v1/datasets/kr-headline/aggregate?drilldown=fiscal_year"
            + "&cut=stage:enacted|measure:total_expenditure";
    RawHttp get = raw("GET", path);
    RawHttp head = raw("HEAD", path);
    assertThat(get.status()).isEqualTo(200);
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("content-type")).isEqualTo(get.header("content-type"));
    assertThat(head.header("x-content-type-options")).hasValue("nosniff");
    assertThat(get.body()).isNotEmpty();
    assertThat(head.body()).isEmpty();
    // a failure keeps its problem's status, without a body
    String unknown = "/api/v1/datasets/kr-nothing";
    assertThat(raw("GET", unknown).status()).isEqualTo(404);
    RawHttp missing = raw("HEAD", unknown);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).isEmpty();
  }

  @Test
  void unknownPathIs404ProblemWhateverTheMethod() {
    JsonNode p = problem(raw("PUT", "/nothing/here"), 404);
    assertThat(p.get("type").asText()).isEqualTo(Problem.NOT_FOUND);
    assertThat(p.get("instance").asText()).isEqualTo("/nothing/here");
    // without a StaticSite on the class path (none in this module) there is no page at /
    assertThat(problem(raw("GET", "/"), 404).get("type").asText()).isEqualTo(Problem.NOT_FOUND);
  }

  @Test
  void aBodyOfTheWrongMediaTypeIs415() {
    String body = "국방비 54조";
    RawHttp r =
        RawHttp.send(
            s.server.port(),
            ("POST /api/v1/claims/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: "
                    + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                    + "\r\n\r\n"
                    + body)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(problem(r, 415).get("detail").asText())
        .isEqualTo(
            "expected a body of Content-Type text/plain; charset=utf-8, found application/json");
    RawHttp latin =
        RawHttp.send(
            s.server.port(),
            "POST /api/v1/claims/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Length: 2\r\n\r\nab");
    assertThat(problem(latin, 415).get("detail").asText())
        .endsWith("found text/plain; charset=iso-8859-1");
  }

  @Test
  void aBodyTooLargeIs413() {
    long size = YesanServer.MAX_BODY_BYTES + 1;
    RawHttp r =
        raw(
            "POST",
            "/api/v1/claims/check",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Length: " + size);
    JsonNode p = problem(r, 413);
    assertThat(p.get("title").asText()).isEqualTo("Content Too Large");
  }

  @Test
  void aRefusedBodyTrickledSlowlyIsNotWaitedForPastTheDrainBound() throws Exception {
    // 1 MiB at about 20 KiB/s would take 50 s to arrive; the refusal must come after the drain's
    // bound instead, not once the last byte is in
    int size = 1024 * 1024;
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", s.server.port())) {
      socket.setSoTimeout(60_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/claims/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                  + "Content-Type: application/json\r\nContent-Length: "
                  + size
                  + "\r\n\r\n")
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();
      Thread trickle =
          new Thread(
              () -> {
                byte[] piece = new byte[4096];
                java.util.Arrays.fill(piece, (byte) 'x');
                try {
                  for (int sent = 0; sent < size; sent += piece.length) {
                    out.write(piece);
                    out.flush();
                    Thread.sleep(200);
                  }
                } catch (IOException | InterruptedException e) {
                  // the server answered and closed: the rest is not wanted
                }
              });
      trickle.setDaemon(true);
      trickle.start();
      java.io.InputStream in = socket.getInputStream();
      String status =
          new String(
              in.readNBytes("HTTP/1.1 415".length()), java.nio.charset.StandardCharsets.UTF_8);
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      trickle.interrupt();
      assertThat(status).isEqualTo("HTTP/1.1 415");
      assertThat(seconds)
          .isGreaterThanOrEqualTo(UnreadBody.MAX_DRAIN.toSeconds() - 1)
          .isLessThan(UnreadBody.MAX_DRAIN.toSeconds() + 15);
    }
  }

  @Test
  void aTargetOrHeadersTooLargeAre414And431() {
    RawHttp longTarget = raw("GET", "/api/v1/datasets?x=" + "a".repeat(20_000));
    JsonNode p = problem(longTarget, 414);
    assertThat(p.get("title").asText()).isEqualTo("URI Too Long");
    RawHttp bigHeader = raw("GET", "/api/v1/datasets", "X-Big: " + "b".repeat(20_000));
    assertThat(problem(bigHeader, 431).get("title").asText())
        .isEqualTo("Request Header Fields Too Large");
  }

  @Test
  void aMalformedRequestIs400Problem() {
    JsonNode p = problem(raw("GET", "/api/v1/datasets/kr-headline/aggregate?cut=%zz"), 400);
    assertThat(p.get("parameter").asText()).isEqualTo("cut");
    assertThat(p.get("detail").asText())
        .isEqualTo("expected percent-encoded UTF-8, found text that does not decode");
    RawHttp line = RawHttp.send(s.server.port(), "GET /a b c d\r\nHost: x\r\n\r\n");
    assertThat(problem(line, 400).get("title").asText()).isEqualTo("Bad Request");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    for (RawHttp r : java.util.List.of(raw("GET", "/api/v1/datasets"), raw("GET", "/nothing"))) {
      assertThat(r.header("x-content-type-options")).hasValue("nosniff");
      assertThat(r.header("referrer-policy")).hasValue("no-referrer");
      assertThat(r.header("content-security-policy"))
          .hasValue("default-src 'none'; frame-ancestors 'none'");
    }
  }

  @Test
  void theOperatorNamesWhoMayFrameTheDashboard() {
    try (YesanServer embedding =
        YesanServer.start(
            s.store,
            ServerConfig.defaults()
                .withPort(0)
                .withFrameAncestors(java.util.List.of("'self'", "https://news.example")))) {
      RawHttp page =
          RawHttp.send(embedding.port(), "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(page.header("content-security-policy"))
          .hasValueSatisfying(
              v -> assertThat(v).endsWith("; frame-ancestors 'self' https://news.example"));
      RawHttp api =
          RawHttp.send(
              embedding.port(),
              "GET /api/v1/datasets HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(api.header("content-security-policy"))
          .hasValue("default-src 'none'; frame-ancestors 'none'");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ServerConfig.defaults().withFrameAncestors(java.util.List.of("x; script-src *")))
        .hasMessage(
            "frame ancestors: expected a source such as https://news.example, found 'x; script-src *'")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void corsPreflightIsAnsweredOnlyWhenAnOriginIsConfigured() {
    RawHttp off =
        raw(
            "OPTIONS",
            "/api/v1/claims/check",
            "Origin: https://example.org",
            "Access-Control-Request-Method: POST");
    assertThat(problem(off, 405).get("detail").asText())
        .isEqualTo("OPTIONS is not answered on /api/v1/claims/check; use POST");
    try (YesanServer cors =
        YesanServer.start(
            s.store, ServerConfig.defaults().withPort(0).withCorsOrigin("https://example.org"))) {
      RawHttp r =
          RawHttp.send(
              cors.port(),
              "OPTIONS /api/v1/claims/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                  + "Origin: https://example.org\r\nAccess-Control-Request-Method: POST\r\n"
                  + "Access-Control-Request-Headers: content-type\r\n\r\n");
      assertThat(r.status()).isEqualTo(204);
      assertThat(r.header("access-control-allow-origin")).hasValue("https://example.org");
      assertThat(r.header("access-control-allow-methods")).hasValue("POST");
      assertThat(r.header("access-control-allow-headers"))
          .hasValue("Accept, Authorization, Content-Type");
      assertThat(r.header("vary")).hasValue("Origin");
      RawHttp delete =
          RawHttp.send(
              cors.port(),
              "DELETE /api/v1/datasets HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(delete.header("allow")).hasValue("GET, HEAD, OPTIONS");
    }
  }
}
