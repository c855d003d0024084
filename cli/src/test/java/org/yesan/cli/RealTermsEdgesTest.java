package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real terms asked of the CLI and of the server the same way gives the same rows and refuses the
 * same bad requests with the same message. Figures: 국방부's 2017 enacted budget (out_2017.csv 금년도예산
 * summed × 1,000 = 29,181,096,001,000 won) × 100 / 104.25 (shipped GDP deflator, 2015 = 100.00,
 * 2017 = 104.25) = 27,991,458,993,764.988… → 27,991,458,993,765 (HALF_EVEN) and 27,991,458,993,764
 * (DOWN).
 */
class RealTermsEdgesTest {

  private static final BothEdges EDGES = BothEdges.shared();
  private static final String REAL = "/api/v1/datasets/kr-openfiscal/real";
  static final String CUT = "measure:expenditure|stage:enacted|ministry:국방부|fiscal_year:2017";

  private static BothEdges.Answer cli(String... more) {
    List<String> args =
        new ArrayList<>(List.of("real", "--dataset", "kr-openfiscal", "--cut", CUT));
    args.addAll(List.of(more));
    return EDGES.cli(args.toArray(String[]::new));
  }

  @Test
  void aBaseYearsPricesAreTheSameOnBothEdges() {
    BothEdges.Answer cli = cli("--base-year", "2015");
    BothEdges.Answer api = EDGES.api(REAL, Map.of("cut", CUT, "base_year", "2015"));
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    assertThat(api.json().get("rows")).isEqualTo(cli.json());
    JsonNode row = cli.json().get(0);
    assertThat(row.get("nominal").asText()).isEqualTo("29181096001000");
    assertThat(row.get("converted").asText()).isEqualTo("27991458993765");
    assertThat(api.json().get("unit").asText()).isEqualTo("2015 won");
    assertThat(api.json().get("sources").get(0).asText()).isNotBlank();
  }

  @Test
  void theRoundingModeAskedForIsTheOneUsed() {
    BothEdges.Answer cli = cli("--base-year", "2015", "--rounding", "DOWN");
    BothEdges.Answer api =
        EDGES.api(REAL, Map.of("cut", CUT, "base_year", "2015", "rounding", "DOWN"));
    assertThat(api.json().get("rows")).isEqualTo(cli.json());
    assertThat(cli.json().get(0).get("converted").asText()).isEqualTo("27991458993764");
  }

  @Test
  void theSameBadConversionIsRefusedTheSameWay() {
    BothEdges.sameQueryError(cli(), EDGES.api(REAL, Map.of("cut", CUT)));
    BothEdges.sameQueryError(
        cli("--base-year", "2015", "--scale", "13"),
        EDGES.api(REAL, Map.of("cut", CUT, "base_year", "2015", "scale", "13")));
    BothEdges.sameQueryError(
        cli("--base-year", "2015", "--rounding", "UNNECESSARY"),
        EDGES.api(REAL, Map.of("cut", CUT, "base_year", "2015", "rounding", "UNNECESSARY")));
    BothEdges.sameQueryError(
        cli("--to", "USD", "--fx-basis", "weekly"),
        EDGES.api(REAL, Map.of("cut", CUT, "to", "USD", "fx_basis", "weekly")));
  }

  @Test
  void theServerRefusesAnUnknownRoundingModeAsABadQuery() {
    BothEdges.Answer api =
        EDGES.api(REAL, Map.of("cut", CUT, "base_year", "2015", "rounding", "sideways"));
    assertThat(api.status()).isEqualTo(400);
    assertThat(api.json().get("parameter").asText()).isEqualTo("rounding");
  }
}
