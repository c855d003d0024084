package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A theme applied by the CLI and by the server the same way lists the same tagged lines, whose
 * theme amounts add up to the theme's total, and an unknown theme is refused the same way.
 */
class ThemeEdgesTest {

  private static final BothEdges EDGES = BothEdges.shared();
  private static final String CUT = "measure:expenditure|stage:enacted|fiscal_year:2018";
  private static final String[] SLICE = {
    "--measure", "expenditure", "--stage", "enacted", "--year", "2018"
  };

  private static String[] apply(String theme, String... more) {
    String[] args = new String[4 + SLICE.length + more.length];
    args[0] = "themes";
    args[1] = "apply";
    args[2] = theme;
    args[3] = "--dataset=kr-openfiscal";
    System.arraycopy(SLICE, 0, args, 4, SLICE.length);
    System.arraycopy(more, 0, args, 4 + SLICE.length, more.length);
    return args;
  }

  @Test
  void bothEdgesListTheSameTaggedLines() {
    BothEdges.Answer cli = EDGES.cliText(apply("defence", "--lines", "--format", "csv"));
    BothEdges.Answer api =
        EDGES.api(
            "/api/v1/datasets/kr-openfiscal/themes/defence", Map.of("cut", CUT, "format", "csv"));
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    assertThat(api.body().substring(1)).isEqualTo(cli.body());
    assertThat(cli.body().lines().count()).isGreaterThan(10);
  }

  @Test
  void theTaggedLinesAddUpToTheTotal() {
    JsonNode lines = EDGES.cli(apply("defence", "--lines")).json();
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode l : lines) {
      sum = sum.add(new BigDecimal(l.get("theme_amount").asText()));
    }
    JsonNode totals = EDGES.cli(apply("defence")).json();
    assertThat(totals).hasSize(1);
    assertThat(new BigDecimal(totals.get(0).get("amount").asText())).isEqualByComparingTo(sum);
    JsonNode api =
        EDGES.api("/api/v1/datasets/kr-openfiscal/themes/defence", Map.of("cut", CUT)).json();
    assertThat(new BigDecimal(api.get("totals").get(0).get("amount").asText()))
        .isEqualByComparingTo(sum);
    assertThat(api.get("total_line_count").asInt()).isEqualTo(lines.size());
  }

  @Test
  void anUnknownThemeIsRefusedTheSameWay() {
    BothEdges.sameQueryError(
        EDGES.cli(apply("space")),
        EDGES.api("/api/v1/datasets/kr-openfiscal/themes/space", Map.of("cut", CUT)));
  }
}
