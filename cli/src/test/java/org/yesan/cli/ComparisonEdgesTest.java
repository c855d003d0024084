package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compare and movers asked of the CLI and of the server the same way give the same figures and the
 * same table, and refuse the same bad requests with the same message. Figures: 행정자치부 (2017) and
 * 행정안전부 (2018), 금년도예산 of out_2017.csv and out_2018.csv summed × 1,000.
 */
class ComparisonEdgesTest {

  private static final BothEdges EDGES = BothEdges.shared();
  private static final String COMPARE = "/api/v1/datasets/kr-openfiscal/compare";
  private static final String MOVERS = "/api/v1/datasets/kr-openfiscal/movers";

  private static Map<String, String> query(String... pairs) {
    Map<String, String> q = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      q.put(pairs[i], pairs[i + 1]);
    }
    return q;
  }

  private static final String ENACTED = "measure:expenditure|stage:enacted";

  /** {@code command} on 2017 against 2018, enacted gross expenditure, by ministry. */
  static String[] byMinistry(String command, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                command,
                "--dataset",
                "kr-openfiscal",
                "--years",
                "2017,2018",
                "--drilldown",
                "ministry",
                "--cut",
                ENACTED));
    args.addAll(java.util.List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void aRenamedMinistryHasTheSameFiguresOnBothEdges() {
    BothEdges.Answer cli = EDGES.cli(byMinistry("compare"));
    BothEdges.Answer api =
        EDGES.api(COMPARE, query("years", "2017,2018", "drilldown", "ministry", "cut", ENACTED));
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    JsonNode fromCli = row(cli.json(), "행정안전부");
    JsonNode fromApi = null;
    for (JsonNode r : api.json().get("rows")) {
      if (r.get("ministry").asText().equals("행정안전부")) {
        fromApi = r;
      }
    }
    assertThat(fromApi).isNotNull();
    for (JsonNode r : java.util.List.of(fromCli, fromApi)) {
      assertThat(r.get("base").asText()).isEqualTo("41483216572000");
      assertThat(r.get("target").asText()).isEqualTo("48656667778000");
      // 48,656,667,778,000 − 41,483,216,572,000
      assertThat(r.get("change").asText()).isEqualTo("7173451206000");
      assertThat(r.get("status").asText()).isEqualTo("renamed");
      assertThat(r.get("renamed_from").asText()).isEqualTo("행정자치부");
    }
    // the rows are the same flat rows on both edges, readings included
    assertThat(api.json().get("rows")).isEqualTo(cli.json());
    assertThat(fromCli.get("change_readable").get("ko").asText()).startsWith("+");
  }

  private static JsonNode row(JsonNode rows, String ministry) {
    for (JsonNode r : rows) {
      if (r.get("ministry").asText().equals(ministry)) {
        return r;
      }
    }
    throw new AssertionError(ministry + " not in " + rows);
  }

  @Test
  void bothEdgesWriteTheSameCsv() {
    BothEdges.Answer api =
        EDGES.api(
            COMPARE,
            query(
                "stages", "proposal,enacted",
                "cut", "measure:expenditure_net|fiscal_year:2018",
                "drilldown", "ministry",
                "format", "csv"));
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    BothEdges.Answer csv =
        EDGES.cliText(
            "compare",
            "--dataset",
            "kr-openfiscal",
            "--stages",
            "proposal,enacted",
            "--year",
            "2018",
            "--measure",
            "expenditure_net",
            "--drilldown",
            "ministry",
            "--format",
            "csv");
    assertThat(csv.status()).as(csv.err()).isZero();
    // the API's file starts with a byte order mark for Excel; the terminal's does not
    assertThat(api.body()).startsWith("\uFEFF");
    assertThat(api.body().substring(1)).isEqualTo(csv.body());
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .isEqualTo(
            "ministry,base,target,change,change_readable_ko,change_readable_en,change_pct,"
                + "base_share_pct,target_share_pct,status,renamed_from");
  }

  @Test
  void theSameBadComparisonsAreRefusedTheSameWay() {
    String[][] cli = {
      {"--years", "2017,2018,2019"},
      {"--stages", "proposal,passed"},
      {"--years", "2018,2018"},
      {"--years", "2017,2018", "--stages", "proposal,enacted"},
      {},
      {"--years", "2017,2018", "--cut", "fiscal_year:2017"},
      {"--years", "2017,2018", "--drilldown", "ministry,nonsense"},
    };
    java.util.List<Map<String, String>> api =
        java.util.List.of(
            query("years", "2017,2018,2019"),
            query("stages", "proposal,passed"),
            query("years", "2018,2018"),
            query("years", "2017,2018", "stages", "proposal,enacted"),
            query(),
            query("years", "2017,2018", "cut", "fiscal_year:2017"),
            query("years", "2017,2018", "drilldown", "ministry,nonsense"));
    for (int i = 0; i < cli.length; i++) {
      String[] args = new String[cli[i].length + 3];
      args[0] = "compare";
      args[1] = "--dataset";
      args[2] = "kr-openfiscal";
      System.arraycopy(cli[i], 0, args, 3, cli[i].length);
      BothEdges.sameQueryError(EDGES.cli(args), EDGES.api(COMPARE, api.get(i)));
    }
  }

  @Test
  void moversRankTheSameRowsOnBothEdges() {
    BothEdges.Answer cli = EDGES.cli(byMinistry("movers", "--limit", "1"));
    BothEdges.Answer api =
        EDGES.api(
            MOVERS,
            query("years", "2017,2018", "drilldown", "ministry", "cut", ENACTED, "limit", "1"));
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    assertThat(api.json().get("rows")).isEqualTo(cli.json());
    assertThat(cli.json().get(0).get("ministry").asText()).isEqualTo("행정안전부");
    assertThat(cli.json().get(0).get("change").asText()).isEqualTo("7173451206000");
    // 국민안전처 (gone), 소방청 and 해양경찰청 (new) have one side only
    assertThat(api.json().get("unranked").asLong()).isEqualTo(3);
    assertThat(cli.err()).contains("3 rows are not ranked");
  }

  @Test
  void theSameBadMoversAreRefusedTheSameWay() {
    BothEdges.sameQueryError(
        EDGES.cli("movers", "--dataset", "kr-openfiscal", "--years", "2017,2018", "--by", "size"),
        EDGES.api(MOVERS, query("years", "2017,2018", "by", "size")));
    BothEdges.sameQueryError(
        EDGES.cli("movers", "--dataset", "kr-openfiscal", "--years", "2017,2018", "--limit", "0"),
        EDGES.api(MOVERS, query("years", "2017,2018", "limit", "0")));
  }
}
