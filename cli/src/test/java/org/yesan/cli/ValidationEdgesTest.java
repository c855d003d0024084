package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Validation asked of the CLI and of the server gives the same findings and the same totals, and
 * the same refusal of an unknown dataset. Figures: out_2017.csv has 2,345 lines whose 금년도예산 (천원)
 * sum × 1,000 to 339,661,568,102,000 won; out_2018.csv 2,338 lines, 368,646,277,167,000 won
 * (python3 csv, cp949).
 */
class ValidationEdgesTest {

  private static final BothEdges EDGES = BothEdges.shared();
  private static final String VALIDATION = "/api/v1/datasets/kr-openfiscal/validation";

  private static JsonNode slice(JsonNode totals, int year) {
    for (JsonNode t : totals) {
      if (t.get("measure").asText().equals("expenditure")
          && t.get("stage").asText().equals("enacted")
          && t.get("fiscal_year").asInt() == year
          && t.get("reported_in").asInt() == year) {
        return t;
      }
    }
    throw new AssertionError("no enacted expenditure of " + year + " in " + totals);
  }

  @Test
  void theFindingsAndTotalsAreTheSameOnBothEdges() {
    BothEdges.Answer cli = EDGES.cli("validate", "--dataset", "kr-openfiscal");
    BothEdges.Answer api = EDGES.api(VALIDATION, Map.of());
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    boolean failed = api.json().get("failed").asBoolean();
    assertThat(cli.status()).as(cli.err()).isEqualTo(failed ? ValidateCommand.EXIT_FAILED : 0);
    assertThat(api.json().get("rows")).isEqualTo(cli.json());
    assertThat(cli.json().size()).isPositive();
    long failures = 0;
    for (JsonNode f : cli.json()) {
      failures += f.get("severity").asText().equals("failure") ? 1 : 0;
    }
    assertThat(api.json().get("counts").get("failure").asLong()).isEqualTo(failures);

    JsonNode totals = api.json().get("totals");
    JsonNode y2017 = slice(totals, 2017);
    assertThat(y2017.get("count").asLong()).isEqualTo(2345);
    assertThat(y2017.get("amount").asText()).isEqualTo("339661568102000");
    JsonNode y2018 = slice(totals, 2018);
    assertThat(y2018.get("count").asLong()).isEqualTo(2338);
    assertThat(y2018.get("amount").asText()).isEqualTo("368646277167000");
  }

  @Test
  void anUnknownDatasetIsRefusedWithTheSameMessage() {
    BothEdges.Answer cli = EDGES.cli("validate", "--dataset", "no-such-dataset");
    BothEdges.Answer api =
        EDGES.api("/api/v1/datasets/no-such-dataset/validation", Map.<String, String>of());
    assertThat(cli.status()).isNotZero().isNotEqualTo(ValidateCommand.EXIT_FAILED);
    assertThat(api.status()).isEqualTo(404);
    assertThat(cli.err()).contains(api.json().get("detail").asText());
  }
}
