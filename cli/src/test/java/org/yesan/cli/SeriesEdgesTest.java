package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One node's series from the CLI and from the server, asked the same way: the same rows, and the
 * same refusals. Figures: 국방부's 금년도예산 (천원) of out_2017.csv and out_2018.csv summed × 1,000 (python3
 * csv).
 */
class SeriesEdgesTest {

  private static final BothEdges EDGES = BothEdges.shared();
  private static final String SERIES = "/api/v1/datasets/kr-openfiscal/series";

  @Test
  void bothEdgesGiveTheSameSeries() {
    BothEdges.Answer cli =
        EDGES.cli(
            "series",
            "--dataset",
            "kr-openfiscal",
            "--measure",
            "expenditure",
            "--cut",
            "ministry:국방부",
            "--stages",
            "enacted");
    BothEdges.Answer csv =
        EDGES.api(
            SERIES,
            Map.of(
                "measure", "expenditure",
                "cut", "ministry:국방부",
                "stages", "enacted",
                "format", "json"));
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    JsonNode rows = cli.json();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("amount").asText()).isEqualTo("29181096001000");
    assertThat(rows.get(1).get("amount").asText()).isEqualTo("30769292477000");
    JsonNode points = csv.json().get("points");
    for (int i = 0; i < 2; i++) {
      assertThat(points.get(i).get("amount").asText())
          .isEqualTo(rows.get(i).get("amount").asText());
      assertThat(points.get(i).get("real").get("amount").asText())
          .isEqualTo(rows.get(i).get("real_amount").asText());
    }
    BothEdges.Answer api =
        EDGES.api(
            SERIES,
            Map.of(
                "measure", "expenditure",
                "cut", "ministry:국방부",
                "stages", "enacted",
                "format", "csv"));
    BothEdges.Answer text =
        EDGES.cliText(
            "series",
            "--dataset",
            "kr-openfiscal",
            "--measure",
            "expenditure",
            "--cut",
            "ministry:국방부",
            "--stages",
            "enacted",
            "--format",
            "csv");
    assertThat(api.body().substring(1)).isEqualTo(text.body());
  }

  @Test
  void theSameBadSeriesIsRefusedTheSameWay() {
    BothEdges.sameQueryError(
        EDGES.cli("series", "--dataset", "kr-openfiscal", "--cut", "ministry:국방부"),
        EDGES.api(SERIES, Map.of("cut", "ministry:국방부")));
    BothEdges.sameQueryError(
        EDGES.cli(
            "series",
            "--dataset",
            "kr-openfiscal",
            "--measure",
            "expenditure",
            "--cut",
            "fiscal_year:2018"),
        EDGES.api(SERIES, Map.of("measure", "expenditure", "cut", "fiscal_year:2018")));
    BothEdges.sameQueryError(
        EDGES.cli(
            "series",
            "--dataset",
            "kr-openfiscal",
            "--measure",
            "expenditure",
            "--stages",
            "enacted,passed"),
        EDGES.api(SERIES, Map.of("measure", "expenditure", "stages", "enacted,passed")));
    BothEdges.sameQueryError(
        EDGES.cli(
            "series",
            "--dataset",
            "kr-openfiscal",
            "--measure",
            "expenditure",
            "--base-year",
            "1900"),
        EDGES.api(SERIES, Map.of("measure", "expenditure", "base_year", "1900")));
  }
}
