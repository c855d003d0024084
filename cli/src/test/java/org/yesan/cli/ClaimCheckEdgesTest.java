package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text checked by the CLI and by the server the same way gives the same report, and a bad request
 * is refused the same way. The text's figure: 국방부's 2018 금년도예산 of out_2018.csv summed × 1,000 is
 * 30,769,292,477,000 won, which reads 30.8조원 (python3 csv).
 */
class ClaimCheckEdgesTest {

  private static final BothEdges EDGES = BothEdges.shared();
  private static final String CHECK = "/api/v1/claims/check";
  private static final String TEXT = "2018년 국방부 예산은 30.8조원이다.";

  @TempDir Path dir;

  private BothEdges.Answer cli(String text, String... more) throws IOException {
    Path file = dir.resolve("text.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("check", file.toString()));
    args.addAll(List.of(more));
    return EDGES.cli(args.toArray(String[]::new));
  }

  @Test
  void bothEdgesGiveTheSameReport() throws IOException {
    BothEdges.Answer cli = cli(TEXT, "--date", "2018-01-02");
    BothEdges.Answer api = EDGES.post(CHECK, Map.of("date", "2018-01-02"), TEXT);
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    // everything but how long each step took
    com.fasterxml.jackson.databind.node.ObjectNode fromApi =
        (com.fasterxml.jackson.databind.node.ObjectNode) api.json();
    com.fasterxml.jackson.databind.node.ObjectNode fromCli =
        (com.fasterxml.jackson.databind.node.ObjectNode) cli.json();
    assertThat(fromApi.remove("timing")).isNotNull();
    assertThat(fromCli.remove("timing")).isNotNull();
    assertThat(fromApi).isEqualTo(fromCli);
    assertThat(fromCli.get("verdicts").get("supported").asInt()).isEqualTo(1);
    assertThat(cli.json().toString()).contains("30.8조원");
  }

  @Test
  void theSameBadChecksAreRefusedTheSameWay() throws IOException {
    BothEdges.sameQueryError(
        cli(TEXT, "--date", "2018-13-01"), EDGES.post(CHECK, Map.of("date", "2018-13-01"), TEXT));
    BothEdges.sameQueryError(cli("  \n"), EDGES.post(CHECK, Map.of(), "  \n"));
    BothEdges.Answer cli = cli(TEXT, "--dataset", "kr-nothing");
    BothEdges.Answer api = EDGES.post(CHECK, Map.of("dataset", "kr-nothing"), TEXT);
    assertThat(cli.status()).isEqualTo(YesanCli.EXIT_UNKNOWN_DATASET);
    assertThat(api.status()).isEqualTo(404);
    assertThat(cli.err().strip()).isEqualTo("yesan: " + api.json().get("detail").asText());
  }
}
