package org.yesan.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yesan.http.TestServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /api/v1 over HTTP against real data. Expected figures for kr-openfiscal were computed with
 * python3 csv over out_net_bud_2018.csv (CP949): sum of a column × 1000 (천원 → 원), rows counted per
 * 소관명; kr-headline figures are the rows of the bundled total_expenditure CSV (조원 × 10¹²).
 */
class DatasetApiTest {

  private final TestServer s = TestServer.shared();

  @Test
  void listsTheDatasets() {
    JsonNode body = s.json("/api/v1/datasets");
    List<String> names = new ArrayList<>();
    body.get("datasets").forEach(d -> names.add(d.get("name").asText()));
    assertThat(names).containsExactly("kr-headline", "kr-openfiscal");
    assertThat(body.at("/datasets/1/measures/0").asText()).isEqualTo("expenditure_net");
    assertThat(body.at("/datasets/1/href").asText()).isEqualTo("/api/v1/datasets/kr-openfiscal");
  }

  @Test
  void headline2026ProposalTotalExpenditureIsExact() {
    JsonNode body =
        s.json(
            "/api/v1/datasets/kr-headline/aggregate?cut="
                + q("fiscal_year:2026|stage:proposal|measure:total_expenditure"));
    assertThat(body.at("/summary/amount").asText()).isEqualTo("728000000000000");
    assertThat(body.at("/summary/amount").isTextual()).isTrue();
    assertThat(body.at("/summary/count").asLong()).isEqualTo(1);
    assertThat(body.at("/cells/0/readable/ko").asText()).isEqualTo("728.0조원");
    assertThat(body.at("/cells/0/readable/en").asText()).isEqualTo("728.0 trillion won");
  }

  @Test
  void ministriesOrderedByEnactedAmount() {
    JsonNode body =
        s.json(
            "/api/v1/datasets/kr-openfiscal/aggregate?drilldown=ministry&order=amount:desc"
                + "&pagesize=3&cut="
                + q("fiscal_year:2018|stage:enacted|measure:expenditure_net"));
    assertThat(body.at("/dimensions/0").asText()).isEqualTo("ministry");
    assertThat(body.at("/cells/0/ministry").asText()).isEqualTo("교육부");
    assertThat(body.at("/cells/0/amount").asText()).isEqualTo("64656496485000");
    assertThat(body.at("/cells/0/count").asLong()).isEqualTo(89);
    assertThat(body.at("/cells/1/ministry").asText()).isEqualTo("행정안전부");
    assertThat(body.at("/cells/1/amount").asText()).isEqualTo("48656667778000");
    assertThat(body.at("/cells/2/ministry").asText()).isEqualTo("보건복지부");
    assertThat(body.at("/cells/2/amount").asText()).isEqualTo("37856471091000");
    assertThat(body.get("cells")).hasSize(3);
    // The summary covers every cell, not just this page.
    assertThat(body.at("/summary/amount").asText()).isEqualTo("330841352167000");
    assertThat(body.at("/summary/count").asLong()).isEqualTo(2336);
    assertThat(body.at("/summary/cells").asLong()).isEqualTo(54);
    assertThat(body.at("/pagesize").asInt()).isEqualTo(3);
  }

  @Test
  void proposalAndEnactedAreSeparateSums() {
    assertThat(
            s.json(
                    "/api/v1/datasets/kr-openfiscal/aggregate?cut="
                        + q("fiscal_year:2018|stage:proposal"))
                .at("/summary/amount")
                .asText())
        .isEqualTo("330801419087000");
    assertThat(
            s.json(
                    "/api/v1/datasets/kr-openfiscal/aggregate?drilldown=stage&cut="
                        + q("fiscal_year:2018"))
                .at("/cells")
                .findValuesAsText("amount"))
        .containsExactly("330801419087000", "330841352167000");
  }

  @Test
  void vintageRuleReadsTheRestatementWhenTheYearsOwnBookIsAbsent() {
    // Only the 2018 book is loaded: 2017 enacted exists only as its 전년도당초금액 column.
    JsonNode body =
        s.json(
            "/api/v1/datasets/kr-openfiscal/aggregate?drilldown=reported_in&cut="
                + q("fiscal_year:2017|stage:enacted"));
    assertThat(body.at("/cells/0/reported_in").asText()).isEqualTo("2018");
    assertThat(body.at("/summary/amount").asText()).isEqualTo("303143159102000");
  }

  @Test
  void yearRangesAndValueSets() {
    JsonNode body =
        s.json(
            "/api/v1/datasets/kr-openfiscal/aggregate?cut="
                + q("fiscal_year:2016-2018|stage:enacted|ministry:국방부;교육부"));
    // 2017 (restated) + 2018 enacted of 국방부 and 교육부; 2016 is not in the file.
    JsonNode y2018 =
        s.json(
            "/api/v1/datasets/kr-openfiscal/aggregate?cut="
                + q("fiscal_year:2018|stage:enacted|ministry:국방부;교육부"));
    assertThat(y2018.at("/summary/amount").asText()).isEqualTo("95425788962000");
    assertThat(body.at("/summary/count").asLong()).isEqualTo(2 * (71 + 89));
  }

  @Test
  void modelNamesLevelsMeasuresUnitProvenanceAndSlices() {
    JsonNode m = s.json("/api/v1/datasets/kr-openfiscal");
    assertThat(m.get("currency").asText()).isEqualTo("KRW");
    assertThat(m.at("/source_unit/id").asText()).isEqualTo("thousand_won");
    assertThat(m.at("/source_unit/factor").asText()).isEqualTo("1000");
    assertThat(m.get("levels").findValuesAsText("id"))
        .containsExactly(
            "ministry", "account", "sub_account", "sector", "subsector", "program", "unit_project");
    assertThat(m.at("/levels/0/label/ko").asText()).isEqualTo("소관");
    assertThat(m.at("/measures/0/id").asText()).isEqualTo("expenditure_net");
    assertThat(m.at("/measures/0/basis").asText()).isEqualTo("net");
    assertThat(m.at("/provenance/content_hash").asText()).hasSize(64);
    assertThat(m.get("slices")).hasSize(3);
    JsonNode restated = m.at("/slices/0");
    assertThat(restated.get("fiscal_year").asInt()).isEqualTo(2017);
    assertThat(restated.get("reported_in").asInt()).isEqualTo(2018);
    assertThat(restated.get("own_report").asBoolean()).isFalse();
    assertThat(restated.get("total").asText()).isEqualTo("303143159102000");
    assertThat(restated.get("count").asLong()).isEqualTo(2336);
  }

  @Test
  void membersAreDistinctSortedAndCut() {
    JsonNode all = s.json("/api/v1/datasets/kr-openfiscal/members/ministry?pagesize=3");
    assertThat(all.get("total_member_count").asInt()).isEqualTo(54);
    assertThat(all.get("members").findValuesAsText("member"))
        .containsExactly("감사원", "경찰청", "고용노동부");
    // 8 rows of 감사원, each with three figures (2017 restated, 2018 proposal, 2018 enacted).
    assertThat(all.at("/members/0/count").asLong()).isEqualTo(24);
    JsonNode accounts =
        s.json("/api/v1/datasets/kr-openfiscal/members/account?cut=" + q("ministry:국방부"));
    assertThat(accounts.get("members").findValuesAsText("member"))
        .containsExactly("국방·군사시설이전특별회계", "일반회계", "주한미군기지이전특별회계");
  }

  @Test
  void sharesAreOfAllCellsEvenOnOnePage() {
    String query =
        "/api/v1/datasets/kr-headline/aggregate?drilldown=fiscal_year&order=fiscal_year&cut="
            + q("stage:enacted|measure:total_expenditure");
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    for (JsonNode c : s.json(query).get("cells")) {
      total = total.add(new java.math.BigDecimal(c.get("amount").asText()));
    }
    JsonNode page = s.json(query + "&shares=true&pagesize=1&page=2");
    assertThat(page.get("cells")).hasSize(1);
    JsonNode cell = page.at("/cells/0");
    java.math.BigDecimal expected =
        new java.math.BigDecimal(cell.get("amount").asText())
            .multiply(java.math.BigDecimal.valueOf(100))
            .divide(total, 2, java.math.RoundingMode.HALF_UP);
    assertThat(cell.get("share_of_total_pct").asText()).isEqualTo(expected.toPlainString());
    // drilled down by one level, the parent is the whole
    assertThat(cell.get("share_of_parent_pct").asText()).isEqualTo(expected.toPlainString());
    assertThat(s.json(query + "&shares=yes").get("detail").asText())
        .isEqualTo("expected true or false, found 'yes'");
  }

  @Test
  void factsCarryTheirSourceLine() {
    JsonNode body =
        s.json(
            "/api/v1/datasets/kr-openfiscal/facts?pagesize=1&cut="
                + q("ministry:국방부|fiscal_year:2017"));
    assertThat(body.get("total_fact_count").asLong()).isEqualTo(71);
    JsonNode f = body.at("/facts/0");
    assertThat(f.at("/unit_project").asText()).isEqualTo("군시설이전사업");
    assertThat(f.at("/sub_account").isNull()).isTrue();
    assertThat(f.get("amount").asText()).isEqualTo("252439000000");
    assertThat(f.get("reported_in").asInt()).isEqualTo(2018);
    assertThat(f.at("/source_line").asLong()).isEqualTo(469);
    assertThat(f.at("/source_file").asText()).endsWith("out_net_bud_2018.csv");
  }

  @Test
  void comparesTwoStages() {
    JsonNode body =
        s.json(
            "/api/v1/datasets/kr-openfiscal/compare?stages=proposal,enacted&cut="
                + q("ministry:국방부|fiscal_year:2018"));
    assertThat(body.at("/total/base").asText()).isEqualTo("30772447477000");
    assertThat(body.at("/total/target").asText()).isEqualTo("30769292477000");
    assertThat(body.at("/total/change").asText()).isEqualTo("-3155000000");
    // -3,155,000,000 × 100 / 30,772,447,477,000 = -0.01025… → -0.01 (2 places, HALF_UP)
    assertThat(body.at("/total/change_pct").asText()).isEqualTo("-0.01");
    assertThat(body.at("/total/readable/change/ko").asText()).isEqualTo("-32억원");
  }

  @Test
  void aStageWithoutFiguresIsNullNotZero() {
    // out_net_bud_2018.csv restates 2017's enacted budget (전년도당초금액) but has no 2017 proposal
    JsonNode body =
        s.json(
            "/api/v1/datasets/kr-openfiscal/compare?stages=proposal,enacted&cut="
                + q("ministry:국방부|fiscal_year:2017"));
    assertThat(body.at("/total/base").isNull()).isTrue();
    // 전년도당초금액(천원) of 국방부's rows summed, × 1,000
    assertThat(body.at("/total/target").asText()).isEqualTo("29181096001000");
    assertThat(body.at("/total/change").isNull()).isTrue();
    assertThat(body.at("/total/change_pct").isNull()).isTrue();
    assertThat(body.at("/total/status").asText()).isEqualTo("no_base_data");
    assertThat(body.at("/total/readable/base").isNull()).isTrue();
    assertThat(body.get("missing").asText()).startsWith("no proposal figures are stored");
  }

  @Test
  void comparesTwoYearsByMinistry() {
    JsonNode body =
        s.json(
            "/api/v1/datasets/kr-openfiscal/compare?years=2017,2018&drilldown=ministry&cut="
                + q("stage:enacted"));
    assertThat(body.at("/total/base").asText()).isEqualTo("303143159102000");
    assertThat(body.at("/total/target").asText()).isEqualTo("330841352167000");
    assertThat(body.at("/total/change").asText()).isEqualTo("27698193065000");
    assertThat(body.get("rows")).hasSize(54);
  }

  @Test
  void csvHasBomHeaderAndQuotedCommas() {
    HttpResponse<byte[]> r =
        s.get(
            "/api/v1/datasets/kr-openfiscal/facts?format=csv&cut="
                + q("unit_project:산업은행,수출입은행 출자|fiscal_year:2017"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValue("text/csv; charset=utf-8");
    assertThat(r.body()[0]).isEqualTo((byte) 0xEF);
    assertThat(r.body()[1]).isEqualTo((byte) 0xBB);
    assertThat(r.body()[2]).isEqualTo((byte) 0xBF);
    assertThat(TestServer.text(r).substring(1))
        .isEqualTo(
            "ministry,account,sub_account,sector,subsector,program,unit_project,measure,"
                + "fiscal_year,stage,reported_in,amount,source_file,source_line\r\n"
                + "금융위원회,일반회계,,일반·지방행정,재정·금융,산업금융지원,\"산업은행,수출입은행 출자\","
                + "expenditure_net,2017,enacted,2018,65000000000,"
                + TestServer.data().resolve(TestServer.OPENFISCAL_FILE)
                + ",798\r\n");
  }

  @Test
  void aggregateCsvCarriesReadableColumns() {
    HttpResponse<byte[]> r =
        s.get(
            "/api/v1/datasets/kr-headline/aggregate?format=csv&drilldown=fiscal_year&cut="
                + q("fiscal_year:2025-2026|stage:proposal|measure:total_expenditure"));
    assertThat(TestServer.text(r))
        .isEqualTo(
            "\uFEFFfiscal_year,amount,count,readable_ko,readable_en\r\n"
                + "2025,677400000000000,1,677.4조원,677.4 trillion won\r\n"
                + "2026,728000000000000,1,728.0조원,728.0 trillion won\r\n");
  }

  @Test
  void datasetListAsCsv() {
    assertThat(TestServer.text(s.get("/api/v1/datasets?format=csv")))
        .startsWith("\uFEFFname,title,country,currency,measures\r\nkr-headline,");
  }
}
