package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compare, movers and growth on the real 열린재정 files of 2017 and 2018, where the gross measure has
 * no proposal and six ministries were reorganised: a missing figure prints as missing, never as 0,
 * and a renamed ministry is one row.
 */
class MissingFiguresCliTest {

  @TempDir static Path dir;
  static Cli cli;

  @BeforeAll
  static void importTwoYears() {
    cli = new Cli(dir.resolve("yesan.duckdb"));
    List<String> args = new ArrayList<>(List.of("import", "--quiet"));
    Path data = Cli.shared().resolve("data/kr-openfiscal-2007-2018");
    for (String f :
        List.of("out_2016.csv", "out_2017.csv", "out_2018.csv", "out_net_bud_2018.csv")) {
      args.add(data.resolve(f).toString());
    }
    Cli.Run r = cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private static JsonNode json(Cli.Run r) throws IOException {
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  /** Gross expenditure, enacted, 2017 against 2018, by ministry. */
  private static final String[] ENACTED_2017_2018_BY_MINISTRY = {
    "--measure",
    "expenditure",
    "--stage",
    "enacted",
    "--years",
    "2017,2018",
    "--drilldown",
    "ministry"
  };

  /** The growth of 국민안전처, enacted gross expenditure, 2016–2018 (gone in 2018). */
  private static final String[] SAFETY_GROWTH = {
    "growth",
    "--dataset",
    "kr-openfiscal",
    "--measure",
    "expenditure",
    "--stage",
    "enacted",
    "--cut",
    "ministry:국민안전처|fiscal_year:2016-2018"
  };

  private static String[] concat(String[] a, String[] b) {
    List<String> out = new ArrayList<>(List.of(a));
    out.addAll(List.of(b));
    return out.toArray(String[]::new);
  }

  private static String[] compare(String format, String... more) {
    List<String> a =
        new ArrayList<>(List.of("compare", "--dataset", "kr-openfiscal", "--format", format));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void aStageTheMeasureLacksIsMissingNotZero() throws IOException {
    String[] args = {
      "--measure",
      "expenditure",
      "--year",
      "2018",
      "--stages",
      "proposal,enacted",
      "--cut",
      "ministry:보건복지부"
    };
    Cli.Run run = cli.run(compare("json", args));
    JsonNode r = json(run);
    // one row, the selection's total: no drilldown, so no second "(total)" row
    assertThat(r).hasSize(1);
    JsonNode row = r.get(0);
    assertThat(row.get("selection").asText()).contains("ministry:보건복지부");
    assertThat(row.get("base").isNull()).isTrue();
    // out_2018.csv: 금년도예산(천원) of 보건복지부's rows summed, × 1,000
    assertThat(row.get("target").asText()).isEqualTo("37983269091000");
    assertThat(row.get("change").isNull()).isTrue();
    assertThat(row.get("change_readable").isNull()).isTrue();
    assertThat(row.get("change_pct").isNull()).isTrue();
    assertThat(run.err()).contains("no proposal figures are stored");

    Cli.Run table = cli.run(compare("table", args));
    assertThat(table.out()).doesNotContain("+38.0조원").doesNotContain("조원");
    assertThat(table.out().lines().skip(2).findFirst().orElseThrow())
        .contains("—")
        .contains("37,983,269,091,000");
  }

  @Test
  void theNetMeasureHasBothStagesAndAChange() throws IOException {
    JsonNode row =
        json(cli.run(
                compare(
                    "json",
                    "--measure",
                    "expenditure_net",
                    "--year",
                    "2018",
                    "--stages",
                    "proposal,enacted",
                    "--cut",
                    "ministry:보건복지부")))
            .get(0);
    // out_net_bud_2018.csv, 보건복지부: 금년도정부안 and 금년도국회확정 (천원) summed, × 1,000
    assertThat(row.get("base").asText()).isEqualTo("38993519091000");
    assertThat(row.get("target").asText()).isEqualTo("37856471091000");
    assertThat(row.get("change").asText()).isEqualTo("-1137048000000");
    assertThat(row.get("change_readable").get("ko").asText()).isEqualTo("-1.1조원");
    assertThat(row.get("change_readable").get("en").asText()).isEqualTo("-1.1 trillion won");
  }

  @Test
  void aRenamedMinistryIsOneRowAcrossYears() throws IOException {
    JsonNode r =
        json(cli.run(concat(compare("json", "--lang", "en"), ENACTED_2017_2018_BY_MINISTRY)));
    JsonNode renamed = null;
    boolean oldNameListed = false;
    JsonNode split = null;
    for (JsonNode row : r) {
      String m = row.get("ministry").asText();
      if (m.equals("행정안전부")) {
        renamed = row;
      }
      oldNameListed |= m.equals("행정자치부");
      if (m.equals("국민안전처")) {
        split = row;
      }
    }
    assertThat(oldNameListed).isFalse();
    assertThat(renamed).isNotNull();
    // out_2017.csv 행정자치부 and out_2018.csv 행정안전부, 금년도예산 summed × 1,000
    assertThat(renamed.get("base").asText()).isEqualTo("41483216572000");
    assertThat(renamed.get("target").asText()).isEqualTo("48656667778000");
    assertThat(renamed.get("change").asText()).isEqualTo("7173451206000");
    assertThat(renamed.get("change_readable").get("en").asText()).startsWith("+");
    assertThat(renamed.get("status").asText()).isEqualTo("renamed");
    assertThat(renamed.get("renamed_from").asText()).isEqualTo("행정자치부");
    // 국민안전처 was split in three: it is gone, with no change computed from 0
    assertThat(split.get("base").asText()).isEqualTo("3326593898000");
    assertThat(split.get("target").isNull()).isTrue();
    assertThat(split.get("change").isNull()).isTrue();
    assertThat(split.get("status").asText()).isEqualTo("gone");
  }

  @Test
  void moversRankOnlyRowsWithBothSides() throws IOException {
    Cli.Run run =
        cli.run(
            concat(
                new String[] {
                  "movers", "--dataset", "kr-openfiscal", "--limit", "1", "--format", "json"
                },
                ENACTED_2017_2018_BY_MINISTRY));
    JsonNode r = json(run);
    assertThat(r).hasSize(2);
    assertThat(r.get(0).get("ministry").asText()).isEqualTo("행정안전부");
    assertThat(r.get(0).get("change").asText()).isEqualTo("7173451206000");
    // 국민안전처 (gone) and 소방청, 해양경찰청 (new) have one side only
    assertThat(run.err()).contains("3 rows are not ranked");
  }

  @Test
  void growthListsAYearWithoutFiguresAsMissing() throws IOException {
    Cli.Run run = cli.run(concat(SAFETY_GROWTH, new String[] {"--format", "json"}));
    JsonNode r = json(run);
    assertThat(r).hasSize(3);
    assertThat(r.get(2).get("fiscal_year").asInt()).isEqualTo(2018);
    assertThat(r.get(2).get("amount").isNull()).isTrue();
    assertThat(r.get(2).get("change").isNull()).isTrue();
    assertThat(r.get(1).get("amount").asText()).isEqualTo("3326593898000");
    assertThat(run.err()).contains("has no figures for 2018");
  }

  @Test
  void theTablesOfGrowthAndSeriesShowADashWhereAFigureIsMissing() throws IOException {
    JsonNode rows = json(cli.run(concat(SAFETY_GROWTH, new String[] {"--format", "json"})));
    assertThat(rows.get(2).get("amount").isNull()).isTrue();
    Cli.Run table = cli.run(SAFETY_GROWTH);
    assertThat(table.exit()).as(table.err()).isZero();
    String missing =
        table.out().lines().filter(l -> l.startsWith("2018")).findFirst().orElseThrow();
    assertThat(missing).contains("—").doesNotContain(" 0 ").doesNotContain("0원");

    // 2018's 추경정부안 column is 0 on every line of out_2018.csv: no figure, not 0원
    String[] series = {
      "series", "--dataset", "kr-openfiscal", "--measure", "expenditure", "--cut", "ministry:보건복지부"
    };
    JsonNode points = json(cli.run(concat(series, new String[] {"--format", "json"})));
    JsonNode unfilled = null;
    for (JsonNode p : points.isArray() ? points : points.path("points")) {
      if (p.get("amount").isNull()) {
        unfilled = p;
      }
    }
    assertThat(unfilled).isNotNull();
    assertThat(unfilled.get("stage").asText()).isEqualTo("supplementary_1_proposal");
    Cli.Run seriesTable = cli.run(series);
    assertThat(seriesTable.exit()).as(seriesTable.err()).isZero();
    assertThat(seriesTable.out().lines())
        .filteredOn(l -> l.startsWith("2018") && l.contains("supplementary_1_proposal"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("—").doesNotContain("0원"));
  }
}
