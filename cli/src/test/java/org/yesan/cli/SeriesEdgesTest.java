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

  static final String[] DEFENCE_ENACTED = {
    "series",
    "--dataset",
    "kr-openfiscal",
    "--measure",
    "expenditure",
    "--cut",
    "ministry:국방부",
    "--stages",
    "enacted"
  };

  private static Map<String, String> defenceEnacted(String format) {
    return Map.of(
        "measure", "expenditure", "cut", "ministry:국방부", "stages", "enacted", "format", format);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void bothEdgesGiveTheSameSeries() {
    BothEdges.Answer cli = EDGES.cli(DEFENCE_ENACTED);
    BothEdges.Answer csv = EDGES.api(SERIES, defenceEnacted("json"));
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
    BothEdges.Answer api = EDGES.api(SERIES, defenceEnacted("csv"));
    BothEdges.Answer text = EDGES.cliText(concat(DEFENCE_ENACTED, "--format", "csv"));
    assertThat(api.body().substring(1)).isEqualTo(text.body());
  }

  @Test
  void theSameBadSeriesIsRefusedTheSameWay() {
    BothEdges.sameQueryError(
        EDGES.cli("series", "--dataset", "kr-openfiscal", "--cut", "ministry:국방부"),
        EDGES.api(SERIES, Map.of("cut", "ministry:국방부")));
    // each with the measure named: the option, the API's parameter, the bad value
    String[][] bad = {
      {"--cut", "cut", "fiscal_year:2018"},
      {"--stages", "stages", "enacted,passed"},
      {"--base-year", "base_year", "1900"},
    };
    for (String[] b : bad) {
      BothEdges.sameQueryError(
          EDGES.cli("series", "--dataset", "kr-openfiscal", "--measure", "expenditure", b[0], b[2]),
          EDGES.api(SERIES, Map.of("measure", "expenditure", b[1], b[2])));
    }
  }
}
