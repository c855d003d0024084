package org.yesan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's page, its files and the API come from one server on one port, each with its
 * security headers; a missing file is problem JSON like every other error.
 */
class OneServerTest {

  private final DashboardFixture fx = DashboardFixture.shared();

  @Test
  void pageFilesAndApiShareOnePortWithTheirPolicies() {
    HttpResponse<byte[]> page = fx.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-security-policy"))
        .hasValue(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self';"
                + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'");
    assertThat(page.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("referrer-policy")).hasValue("no-referrer");

    HttpResponse<byte[]> api = fx.get("/api/v1/datasets");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().firstValue("content-security-policy"))
        .hasValue("default-src 'none'; frame-ancestors 'none'");
    assertThat(fx.server.registeredRoutes()).contains("GET /", "GET /static/<asset>");

    // HEAD answers as GET does, without the body
    HttpResponse<byte[]> head =
        fx.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(fx.url("/")))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("content-type"))
        .isEqualTo(page.headers().firstValue("content-type"));
    assertThat(head.headers().firstValue("content-security-policy"))
        .isEqualTo(page.headers().firstValue("content-security-policy"));
    assertThat(head.body()).isEmpty();

    HttpResponse<byte[]> missing = fx.get("/static/missing.js");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(DashboardFixture.parse(missing).get("instance").asText())
        .isEqualTo("/static/missing.js");
  }
}
