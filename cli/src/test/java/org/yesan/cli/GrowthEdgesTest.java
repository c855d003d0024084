package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Growth asked of the CLI and of the server the same way gives the same rows and refuses the same
 * bad requests with the same message. Figures: 국방부's 금년도예산 (천원) of out_2017.csv and out_2018.csv
 * summed × 1,000 (python3 csv): 29,181,096,001,000 and 30,769,292,477,000.
 */
class GrowthEdgesTest {

  private static final BothEdges EDGES = BothEdges.shared();
  private static final String GROWTH = "/api/v1/datasets/kr-openfiscal/growth";

  private static BothEdges.Answer cli(String cut, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "growth";
    args[1] = "--dataset";
    args[2] = "kr-openfiscal";
    args[3] = "--cut";
    args[4] = cut;
    System.arraycopy(more, 0, args, 5, more.length);
    return EDGES.cli(args);
  }

  @Test
  void oneMinistryGrowsTheSameOnBothEdges() {
    String cut = "measure:expenditure|stage:enacted|ministry:국방부";
    BothEdges.Answer cli = cli(cut);
    BothEdges.Answer api = EDGES.api(GROWTH, Map.of("cut", cut));
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    JsonNode rows = cli.json();
    assertThat(api.json().get("rows")).isEqualTo(rows);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("fiscal_year").asInt()).isEqualTo(2017);
    assertThat(rows.get(0).get("amount").asText()).isEqualTo("29181096001000");
    assertThat(rows.get(0).get("change").isNull()).isTrue();
    assertThat(rows.get(1).get("amount").asText()).isEqualTo("30769292477000");
    // 30,769,292,477,000 − 29,181,096,001,000; ÷ the base = 5.4425…% → 5.44 (HALF_UP)
    assertThat(rows.get(1).get("change").asText()).isEqualTo("1588196476000");
    assertThat(rows.get(1).get("change_pct").asText()).isEqualTo("5.44");
    assertThat(rows.get(1).get("cagr_pct").asText()).isEqualTo("5.44");
    assertThat(rows.get(1).get("readable").get("ko").asText()).isEqualTo("30.8조원");
  }

  @Test
  void aYearWithoutFiguresIsMissingOnBothEdges() {
    // 국민안전처 was split up at the end of 2017: out_2018.csv has no line of it
    String cut = "measure:expenditure|stage:enacted|ministry:국민안전처|fiscal_year:2017-2018";
    BothEdges.Answer cli = cli(cut);
    BothEdges.Answer api = EDGES.api(GROWTH, Map.of("cut", cut));
    assertThat(api.json().get("rows")).isEqualTo(cli.json());
    JsonNode last = cli.json().get(1);
    assertThat(last.get("fiscal_year").asInt()).isEqualTo(2018);
    assertThat(last.get("amount").isNull()).isTrue();
    assertThat(last.get("change").isNull()).isTrue();
    assertThat(cli.err()).contains("has no figures for 2018");
    assertThat(api.json().get("notes").get(0).asText()).contains("has no figures for 2018");
  }

  @Test
  void theSameBadGrowthIsRefusedTheSameWay() {
    // gross and net, proposal and enacted, must not be added
    String[] cuts = {"stage:enacted", "measure:expenditure", "measure:expenditure|stage:passed"};
    for (String cut : cuts) {
      BothEdges.sameQueryError(cli(cut), EDGES.api(GROWTH, Map.of("cut", cut)));
    }
    BothEdges.sameQueryError(
        cli("measure:expenditure|stage:enacted", "--drilldown", "ministry,,program"),
        EDGES.api(
            GROWTH,
            Map.of("cut", "measure:expenditure|stage:enacted", "drilldown", "ministry,,program")));
  }
}
