package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI on the real Korean files: totals the sources publish, exact to the won. */
class RealDataCliTest {

  @TempDir static Path dir;
  static Cli cli;

  @BeforeAll
  static void importEverything() throws IOException {
    cli = new Cli(dir.resolve("yesan.duckdb"));
    List<String> args = new ArrayList<>(List.of("import", "--quiet"));
    try (Stream<Path> files = Files.list(Cli.shared().resolve("data/kr-openfiscal-2007-2018"))) {
      files
          .filter(f -> f.toString().endsWith(".csv"))
          .sorted()
          .forEach(f -> args.add(f.toString()));
    }
    assertThat(args).hasSize(50);
    Cli.Run r = cli.run(args.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    Path p2019 = Cli.shared().resolve("data/kr-budget-2019-program");
    Cli.Run r2 =
        cli.run(
            "import",
            "--quiet",
            "--dataset",
            "kr-budget-2019",
            p2019.resolve("out.csv").toString(),
            p2019.resolve("in.csv").toString());
    assertThat(r2.exit()).as(r2.err()).isZero();
  }

  private static JsonNode json(Cli.Run r) throws IOException {
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void grossAndNetTotalsOf2018StayApart() throws IOException {
    JsonNode gross =
        json(
            cli.run(
                "query",
                "--dataset",
                "kr-openfiscal",
                "--measure",
                "expenditure",
                "--year",
                "2018",
                "--stage",
                "enacted",
                "--format",
                "json"));
    // out_2018.csv, 금년도예산(천원) summed over 2,338 rows, × 1,000.
    assertThat(gross.get(0).get("amount").asText()).isEqualTo("368646277167000");
    JsonNode net =
        json(
            cli.run(
                "query",
                "--dataset",
                "kr-openfiscal",
                "--measure",
                "expenditure_net",
                "--year",
                "2018",
                "--drilldown",
                "stage",
                "--format",
                "json"));
    assertThat(net).hasSize(2);
    assertThat(net.get(0).get("stage").asText()).isEqualTo("proposal");
    assertThat(net.get(0).get("amount").asText()).isEqualTo("330801419087000");
    assertThat(net.get(1).get("stage").asText()).isEqualTo("enacted");
    assertThat(net.get(1).get("amount").asText()).isEqualTo("330841352167000");
  }

  @Test
  void programLevelFileOf2019() throws IOException {
    JsonNode r =
        json(
            cli.run(
                "query",
                "--dataset",
                "kr-budget-2019",
                "--measure",
                "expenditure",
                "--drilldown",
                "stage",
                "--format",
                "json"));
    assertThat(r.get(0).get("stage").asText()).isEqualTo("proposal");
    assertThat(r.get(0).get("amount").asText()).isEqualTo("400363062000000");
    assertThat(r.get(1).get("stage").asText()).isEqualTo("enacted");
    assertThat(r.get(1).get("amount").asText()).isEqualTo("399769097900000");
  }

  @Test
  void addingProposalToEnactedIsRefusedWithExitCode() {
    Cli.Run r = cli.run("query", "--dataset", "kr-openfiscal", "--measure", "expenditure_net");
    assertThat(r.exit()).isEqualTo(YesanCli.EXIT_QUERY);
    assertThat(r.err())
        .isEqualTo(
            "yesan: cut: the selected facts span 2 stages (proposal, enacted), which must not be"
                + " added together; cut one (e.g. stage:proposal) or drill down by stage"
                + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void drilldownByMinistryOrderedAndLimited() throws IOException {
    JsonNode r =
        json(
            cli.run(
                "query",
                "--dataset",
                "kr-openfiscal",
                "--measure",
                "expenditure",
                "--year",
                "2018",
                "--stage",
                "enacted",
                "--drilldown",
                "ministry",
                "--order",
                "amount:desc",
                "--limit",
                "3",
                "--format",
                "json"));
    // The three largest ministries of out_2018 by 금년도예산(천원), summed with python3 (× 1,000).
    // On the gross basis 교육부 leads: it carries the transfer to local education finance.
    assertThat(r).hasSize(3);
    assertThat(r.get(0).get("ministry").asText()).isEqualTo("교육부");
    assertThat(r.get(0).get("amount").asText()).isEqualTo("68549213485000");
    assertThat(r.get(1).get("ministry").asText()).isEqualTo("행정안전부");
    assertThat(r.get(1).get("amount").asText()).isEqualTo("48656667778000");
    assertThat(r.get(2).get("ministry").asText()).isEqualTo("국토교통부");
    assertThat(r.get(2).get("amount").asText()).isEqualTo("40590204452000");
  }

  @Test
  void sharesOfTotalAndOfParent() throws IOException {
    JsonNode r =
        json(
            cli.run(
                "query",
                "--dataset",
                "kr-openfiscal",
                "--measure",
                "expenditure",
                "--year",
                "2018",
                "--stage",
                "enacted",
                "--drilldown",
                "sector,subsector",
                "--order",
                "amount:desc",
                "--limit",
                "1",
                "--shares",
                "--format",
                "json"));
    // 유아및초중등교육 57,609,184,248,000 of the 368,646,277,167,000 total and of 교육's
    // 68,677,332,485,000: 15.627…% and 83.884…%, rounded HALF_UP to 2 places.
    assertThat(r).hasSize(1);
    assertThat(r.get(0).get("subsector").asText()).isEqualTo("유아및초중등교육");
    assertThat(r.get(0).get("share_of_total_pct").asText()).isEqualTo("15.63");
    assertThat(r.get(0).get("share_of_parent_pct").asText()).isEqualTo("83.88");
  }

  @Test
  void compareYearsOnTheNetBasis() throws IOException {
    JsonNode r =
        json(
            cli.run(
                "compare",
                "--dataset",
                "kr-openfiscal",
                "--measure",
                "expenditure_net",
                "--stage",
                "enacted",
                "--years",
                "2017,2018",
                "--format",
                "json"));
    JsonNode total = r.get(r.size() - 1);
    assertThat(r).hasSize(1);
    assertThat(total.get("base").asText()).isEqualTo("303143159102000");
    assertThat(total.get("target").asText()).isEqualTo("330841352167000");
    assertThat(total.get("change").asText()).isEqualTo("27698193065000");
    // 27,698,193,065,000 / 303,143,159,102,000 = 9.1369...% → 9.14 (HALF_UP, 2 places)
    assertThat(total.get("change_pct").asText()).isEqualTo("9.14");
  }

  @Test
  void validationReconcilesTheRestatedPriorYear() throws IOException {
    JsonNode r = json(cli.run("validate", "--dataset", "kr-openfiscal", "--format", "json"));
    int restatementsPassed = 0;
    List<String> failures = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (JsonNode f : r) {
      String check = f.get("check").asText();
      String severity = f.get("severity").asText();
      if (check.equals("restatement") && severity.equals("pass")) {
        restatementsPassed++;
      }
      if (severity.equals("failure")) {
        failures.add(f.get("subject").asText());
      }
      if (severity.equals("warning")) {
        warnings.add(check + " " + f.get("subject").asText());
      }
    }
    // 전년도당초금액 of 2008..2018 equals the previous year's 금년도국회확정, eleven times.
    assertThat(restatementsPassed).isEqualTo(11);
    assertThat(failures).isEmpty();
    assertThat(warnings)
        .containsExactlyInAnyOrder(
            "balance 2013 supplementary_1_proposal gross",
            "balance 2013 supplementary_1 gross",
            "balance 2018 supplementary_1_proposal gross",
            "balance 2010 proposal net",
            "balance 2010 enacted net",
            "incomplete_stage expenditure 2018 supplementary_1_proposal");
  }

  @Test
  void reimportingAFileReplacesItsSlices() throws IOException {
    Path f = Cli.shared().resolve("data/kr-openfiscal-2007-2018/out_2016.csv");
    Cli.Run again = cli.run("import", f.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("dataset kr-openfiscal: 3 slices written, 3 replaced");
    JsonNode r =
        json(
            cli.run(
                "query",
                "--dataset",
                "kr-openfiscal",
                "--measure",
                "expenditure",
                "--year",
                "2016",
                "--stage",
                "enacted",
                "--format",
                "json"));
    assertThat(r.get(0).get("amount").asText()).isEqualTo("330671628374000");
  }

  @Test
  void badInputNamesFileLineAndColumnAndChangesNothing(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("out_2018.csv");
    List<String> lines =
        new ArrayList<>(
            Files.readAllLines(
                Cli.shared().resolve("data/kr-openfiscal-2007-2018/out_2018.csv"),
                java.nio.charset.Charset.forName("x-windows-949")));
    String row = lines.get(5);
    lines.set(5, row.replace("\"0\",\"0\"", "\"영\",\"0\""));
    Files.write(bad, lines, java.nio.charset.Charset.forName("x-windows-949"));
    Cli.Run r = cli.run("import", bad.toString());
    assertThat(r.exit()).isEqualTo(YesanCli.EXIT_INPUT);
    assertThat(r.err()).startsWith("yesan: " + bad + ":6:10: expected ");
    assertThat(r.err()).contains("found '영'");
    JsonNode after =
        json(
            cli.run(
                "query",
                "--dataset",
                "kr-openfiscal",
                "--measure",
                "expenditure",
                "--year",
                "2018",
                "--stage",
                "enacted",
                "--format",
                "json"));
    assertThat(after.get(0).get("amount").asText()).isEqualTo("368646277167000");
  }

  @Test
  void linksInto2013FollowTheReorganisation() throws IOException {
    JsonNode moved =
        json(
            cli.run(
                "links",
                "list",
                "--dataset",
                "kr-openfiscal",
                "--year",
                "2013",
                "--kind",
                "moved",
                "--format",
                "json"));
    // The linker's count for 2012→2013 (analysis/linking's own tests pin the same figure).
    assertThat(moved).hasSize(33);
    for (JsonNode link : moved) {
      assertThat(link.get("kind").asText()).isEqualTo("moved");
      assertThat(link.get("from").asText()).isNotEqualTo(link.get("to").asText());
    }
  }

  @Test
  void datasetsListsBothStores() throws IOException {
    JsonNode r = json(cli.run("datasets", "--format", "json"));
    List<String> names = new ArrayList<>();
    r.forEach(d -> names.add(d.get("name").asText()));
    assertThat(names).contains("kr-openfiscal", "kr-budget-2019");
  }

  @Test
  void unknownDatasetHasItsOwnExitCode() {
    Cli.Run r = cli.run("query", "--dataset", "nope");
    assertThat(r.exit()).isEqualTo(YesanCli.EXIT_UNKNOWN_DATASET);
    assertThat(r.err()).startsWith("yesan: no dataset named 'nope'; datasets: ");
  }
}
