package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A search of member names from the CLI and from the server, asked the same way: the same matches
 * with their latest figures, and the same refusals.
 */
class SearchEdgesTest {

  private static final BothEdges EDGES = BothEdges.shared();
  private static final String SEARCH = "/api/v1/datasets/kr-openfiscal/search";

  @Test
  void bothEdgesFindTheSameMembers() {
    BothEdges.Answer cli =
        EDGES.cliText(
            "search",
            "국방",
            "--dataset",
            "kr-openfiscal",
            "--levels",
            "ministry",
            "--format",
            "csv");
    BothEdges.Answer api =
        EDGES.api(SEARCH, Map.of("q", "국방", "levels", "ministry", "format", "csv"));
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    assertThat(api.body().substring(1)).isEqualTo(cli.body());
    JsonNode rows =
        EDGES.cli("search", "국방", "--dataset", "kr-openfiscal", "--levels", "ministry").json();
    JsonNode defence = null;
    for (JsonNode r : rows) {
      if (r.get("member").asText().equals("국방부")) {
        defence = r;
      }
    }
    assertThat(defence).isNotNull();
    // 국방부's latest figure: 2018 enacted, gross; out_2018.csv 금년도예산 summed × 1,000
    assertThat(defence.get("latest_fiscal_year").asInt()).isEqualTo(2018);
    assertThat(defence.get("latest_stage").asText()).isEqualTo("enacted");
    assertThat(defence.get("latest_measure").asText()).isEqualTo("expenditure");
    assertThat(defence.get("latest_amount").asText()).isEqualTo("30769292477000");
  }

  @Test
  void theSameBadSearchesAreRefusedTheSameWay() {
    BothEdges.sameQueryError(
        EDGES.cli("search", "  ", "--dataset", "kr-openfiscal"),
        EDGES.api(SEARCH, Map.of("q", "  ")));
    BothEdges.sameQueryError(
        EDGES.cli("search", "국방", "--dataset", "kr-openfiscal", "--levels", "ministry,house"),
        EDGES.api(SEARCH, Map.of("q", "국방", "levels", "ministry,house")));
  }
}
