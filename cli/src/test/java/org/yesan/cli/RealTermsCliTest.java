package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code yesan real} through its use case: 국방부's 2017 enacted budget (out_2017.csv 금년도예산 summed ×
 * 1,000 = 29,181,096,001,000 won) in 2015 prices by the shipped GDP deflator (2015 = 100.00, 2017 =
 * 104.25): × 100 / 104.25 = 27,991,458,993,764.99 → 27,991,458,993,765 (HALF_EVEN).
 */
class RealTermsCliTest {

  private static final BothEdges EDGES = BothEdges.shared();

  @Test
  void aYearsBudgetInABaseYearsPrices() {
    BothEdges.Answer r =
        EDGES.cli(
            "real",
            "--dataset",
            "kr-openfiscal",
            "--cut",
            "measure:expenditure|stage:enacted|ministry:국방부|fiscal_year:2017",
            "--base-year",
            "2015");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode row = r.json().get(0);
    assertThat(row.get("nominal").asText()).isEqualTo("29181096001000");
    assertThat(row.get("converted").asText()).isEqualTo("27991458993765");
    assertThat(row.get("unit").asText()).isEqualTo("2015 won");
    assertThat(row.get("values_used").asText()).contains("2015=100.00").contains("2017=104.25");
  }

  @Test
  void nothingToConvertIsAQueryError() {
    BothEdges.Answer r =
        EDGES.cli("real", "--dataset", "kr-openfiscal", "--measure", "expenditure");
    assertThat(r.status()).isEqualTo(YesanCli.EXIT_QUERY);
    assertThat(r.err()).contains("nothing to convert");
  }
}
