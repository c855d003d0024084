package org.yesan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Linked series over HTTP, on the fixture's real 2017 and 2018 열린재정 files. */
class LinkedSeriesApiTest {

  private final DashboardFixture fx = DashboardFixture.shared();

  @Test
  void linksInto2018CountByKindAsTheLinkerDoes() {
    JsonNode r = fx.json("/api/v1/datasets/kr-openfiscal/links?year=2018");
    assertThat(r.get("from_year").asInt()).isEqualTo(2017);
    // The same pair through `yesan links report` over all 48 files: the pair depends only on its
    // two years and the 2018 net book's restatement, all of which the fixture has.
    assertThat(r.get("links_by_kind").get("exact").asLong()).isEqualTo(1803);
    assertThat(r.get("links_by_kind").get("moved").asLong()).isEqualTo(283);
    long listed = 0;
    for (JsonNode l : r.get("links")) {
      listed++;
      assertThat(l.get("evidence").asText()).isNotBlank();
    }
    long byKind = 0;
    for (JsonNode n : r.get("links_by_kind")) {
      byKind += n.asLong();
    }
    assertThat(listed).isEqualTo(byKind);
  }

  @Test
  void aMovedLineKeepsItsSeries() {
    JsonNode links = fx.json("/api/v1/datasets/kr-openfiscal/links?year=2018");
    JsonNode moved = null;
    for (JsonNode l : links.get("links")) {
      if (l.get("kind").asText().equals("moved")) {
        moved = l;
        break;
      }
    }
    assertThat(moved).isNotNull();
    String path = URLEncoder.encode(moved.get("to").asText(), StandardCharsets.UTF_8);
    JsonNode s = fx.json("/api/v1/datasets/kr-openfiscal/series/linked?year=2018&path=" + path);
    assertThat(s.get("points")).hasSize(2);
    assertThat(s.get("points").get(0).get("fiscal_year").asInt()).isEqualTo(2017);
    assertThat(s.get("points").get(0).get("lines").get(0).asText())
        .isEqualTo(moved.get("from").asText());
  }
}
