package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lines linked from 2017 into 2018 by the CLI and by the server the same way: the same links, the
 * same series of a line, and the same refusals.
 */
class LinkEdgesTest {

  private static final BothEdges EDGES = BothEdges.shared();
  private static final String LINKS = "/api/v1/datasets/kr-openfiscal/links";

  @Test
  void bothEdgesListTheSameLinks() {
    BothEdges.Answer cli =
        EDGES.cli("links", "list", "--dataset", "kr-openfiscal", "--year", "2018");
    BothEdges.Answer api = EDGES.api(LINKS, Map.of("year", "2018"));
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    assertThat(api.json().get("links")).isEqualTo(cli.json());
    assertThat(cli.json().size()).isGreaterThan(1000);
    // a line linked to itself by its path is linked exactly
    JsonNode first = cli.json().get(0);
    String path = first.get("to").asText();
    BothEdges.Answer series =
        EDGES.cli(
            "links", "series", "--dataset", "kr-openfiscal", "--year", "2018", "--path", path);
    BothEdges.Answer apiSeries =
        EDGES.api(
            "/api/v1/datasets/kr-openfiscal/series/linked", Map.of("year", "2018", "path", path));
    assertThat(series.status()).as(series.err()).isZero();
    assertThat(apiSeries.status()).as(apiSeries.body()).isEqualTo(200);
    assertThat(series.json().get(series.json().size() - 1).get("amount").asText())
        .isEqualTo(
            apiSeries
                .json()
                .get("points")
                .get(apiSeries.json().get("points").size() - 1)
                .get("amount")
                .asText());
  }

  @Test
  void theSameBadLinkRequestsAreRefusedTheSameWay() {
    BothEdges.sameQueryError(
        EDGES.cli("links", "list", "--dataset", "kr-openfiscal", "--year", "2018", "--stage", "x"),
        EDGES.api(LINKS, Map.of("year", "2018", "stage", "x")));
    BothEdges.sameQueryError(
        EDGES.cli(
            "links", "list", "--dataset", "kr-openfiscal", "--year", "2018", "--leaf", "nope"),
        EDGES.api(LINKS, Map.of("year", "2018", "leaf", "nope")));
    BothEdges.sameQueryError(
        EDGES.cli(
            "links", "series", "--dataset", "kr-openfiscal", "--year", "2018", "--path", "없는 > 경로"),
        EDGES.api(
            "/api/v1/datasets/kr-openfiscal/series/linked",
            Map.of("year", "2018", "path", "없는 > 경로")));
  }
}
