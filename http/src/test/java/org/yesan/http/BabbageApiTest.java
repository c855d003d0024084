package org.yesan.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yesan.http.TestServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * /api/3 in Babbage's parameter forms (cut=ref:value|ref:"quoted";"set", drilldown=a|b,
 * order=ref:desc, aggregates=amount.sum|_count, pagesize=0) and response shape. Figures as in
 * {@link DatasetApiTest}.
 */
class BabbageApiTest {

  private final TestServer s = TestServer.shared();

  private static final String ENACTED_2018 = "fiscal_year:2018|stage:\"enacted\"";

  @Test
  void listsCubesAndModel() {
    assertThat(s.json("/api/3/cubes").get("data").findValuesAsText("name"))
        .containsExactly("kr-headline", "kr-openfiscal");
    JsonNode m = s.json("/api/3/cubes/kr-openfiscal/model");
    assertThat(m.get("status").asText()).isEqualTo("ok");
    assertThat(m.get("name").asText()).isEqualTo("kr-openfiscal");
    assertThat(m.at("/model/dimensions/ministry/key_ref").asText()).isEqualTo("ministry.name");
    assertThat(m.at("/model/dimensions/ministry/label_ko").asText()).isEqualTo("소관");
    assertThat(m.at("/model/measures/amount/currency").asText()).isEqualTo("KRW");
    assertThat(m.at("/model/aggregates/amount.sum/function").asText()).isEqualTo("sum");
    assertThat(m.at("/model/hierarchies/administrative/levels/0").asText()).isEqualTo("ministry");
  }

  @Test
  void aggregateInBabbageShape() {
    JsonNode a =
        s.json(
            "/api/3/cubes/kr-openfiscal/aggregate?drilldown=ministry.name&order=amount.sum:desc"
                + "&pagesize=2&cut="
                + q(ENACTED_2018));
    assertThat(a.get("status").asText()).isEqualTo("ok");
    assertThat(a.get("total_cell_count").asInt()).isEqualTo(54);
    assertThat(a.at("/cells/0/ministry.name").asText()).isEqualTo("교육부");
    // Babbage clients read numbers; the text of the number is exact.
    assertThat(a.at("/cells/0/amount.sum").isNumber()).isTrue();
    assertThat(a.at("/cells/0/amount.sum").decimalValue().toPlainString())
        .isEqualTo("64656496485000");
    assertThat(a.at("/cells/0/_count").asLong()).isEqualTo(89);
    assertThat(a.at("/summary/amount.sum").decimalValue().toPlainString())
        .isEqualTo("330841352167000");
    assertThat(a.at("/summary/_count").asLong()).isEqualTo(2336);
    assertThat(a.get("attributes").toString()).isEqualTo("[\"ministry.name\"]");
    assertThat(a.get("aggregates").toString()).isEqualTo("[\"amount.sum\",\"_count\"]");
    assertThat(a.get("order").toString()).isEqualTo("[[\"amount.sum\",\"desc\"]]");
    assertThat(a.get("cell").toString())
        .isEqualTo(
            "[{\"ref\":\"fiscal_year\",\"operator\":\":\",\"value\":[\"2018\"]},"
                + "{\"ref\":\"stage\",\"operator\":\":\",\"value\":[\"enacted\"]}]");
    assertThat(a.get("page").asInt()).isEqualTo(1);
    assertThat(a.get("page_size").asInt()).isEqualTo(2);
  }

  @Test
  void quotedValueSetsAndPipeDrilldowns() {
    JsonNode a =
        s.json(
            "/api/3/cubes/kr-openfiscal/aggregate?drilldown="
                + q("ministry|stage")
                + "&aggregates=amount.sum&cut="
                + q(ENACTED_2018 + "|ministry:\"국방부\";\"교육부\""));
    assertThat(a.get("total_cell_count").asInt()).isEqualTo(2);
    assertThat(a.at("/summary/amount.sum").decimalValue().toPlainString())
        .isEqualTo("95425788962000");
    assertThat(a.at("/cells/0").has("_count")).isFalse();
    assertThat(a.at("/cells/0/stage.name").asText()).isEqualTo("enacted");
  }

  @Test
  void quotedValuesMayHoldSeparators() {
    JsonNode f =
        s.json(
            "/api/3/cubes/kr-openfiscal/facts?fields=ministry,amount&cut="
                + q("unit_project:\"산업은행,수출입은행 출자\"|fiscal_year:2017"));
    assertThat(f.get("total_fact_count").asInt()).isEqualTo(1);
    assertThat(f.at("/data/0/ministry.name").asText()).isEqualTo("금융위원회");
    assertThat(f.at("/data/0/amount").decimalValue().toPlainString()).isEqualTo("65000000000");
    assertThat(f.at("/data/0/_source_line").asInt()).isEqualTo(798);
    assertThat(f.get("fields").toString()).isEqualTo("[\"ministry.name\",\"amount\"]");
  }

  @Test
  void pageSizeZeroGivesCountsOnly() {
    JsonNode a =
        s.json(
            "/api/3/cubes/kr-openfiscal/aggregate?drilldown=ministry&pagesize=0&cut="
                + q(ENACTED_2018));
    assertThat(a.get("cells")).isEmpty();
    assertThat(a.get("total_cell_count").asInt()).isEqualTo(54);
    assertThat(a.get("page_size").asInt()).isZero();
  }

  @Test
  void membersAndFacts() {
    JsonNode m =
        s.json("/api/3/cubes/kr-openfiscal/members/ministry?pagesize=2&order=ministry.name:desc");
    assertThat(m.get("total_member_count").asInt()).isEqualTo(54);
    assertThat(m.at("/data/0").has("ministry.name")).isTrue();
    assertThat(m.get("data")).hasSize(2);
    JsonNode f = s.json("/api/3/cubes/kr-openfiscal/facts?pagesize=5&cut=" + q("ministry:국방부"));
    assertThat(f.get("total_fact_count").asInt()).isEqualTo(213);
    assertThat(f.get("data")).hasSize(5);
    assertThat(f.at("/data/0/fiscal_year.name").asText()).isEqualTo("2017");
  }

  @Test
  void aggregateAsCsv() {
    String csv =
        TestServer.text(
            s.get(
                "/api/3/cubes/kr-headline/aggregate?format=csv&drilldown=fiscal_year&cut="
                    + q("fiscal_year:2026|stage:proposal|measure:total_expenditure")));
    assertThat(csv)
        .isEqualTo("\uFEFFfiscal_year.name,amount.sum,_count\r\n2026,728000000000000,1\r\n");
  }

  @Test
  void babbageErrorsAreProblems() {
    JsonNode open = s.json("/api/3/cubes/kr-openfiscal/aggregate?cut=" + q("ministry:\"국방부"));
    assertThat(open.get("status").asInt()).isEqualTo(400);
    assertThat(open.get("parameter").asText()).isEqualTo("cut");
    assertThat(open.get("position").asInt()).isEqualTo(10);
    assertThat(open.get("detail").asText()).isEqualTo("the quoted value is not closed with '\"'");
    JsonNode agg = s.json("/api/3/cubes/kr-openfiscal/aggregate?aggregates=amount");
    assertThat(agg.get("detail").asText())
        .isEqualTo("expected amount.sum or _count, found 'amount'");
    JsonNode year =
        s.json("/api/3/cubes/kr-openfiscal/aggregate?cut=" + q("fiscal_year:2018;\"FY\""));
    assertThat(year.get("position").asInt()).isEqualTo(18);
    assertThat(year.get("detail").asText())
        .isEqualTo("expected a year such as 2018 or a range such as 2015-2018, found 'FY'");
    JsonNode twice =
        s.json("/api/3/cubes/kr-openfiscal/facts?cut=" + q("stage:enacted|stage:proposal"));
    assertThat(twice.get("position").asInt()).isEqualTo(15);
    assertThat(s.get("/api/3/cubes/nope/model").statusCode()).isEqualTo(404);
    JsonNode mixed = s.json("/api/3/cubes/kr-openfiscal/aggregate?cut=" + q("fiscal_year:2018"));
    assertThat(mixed.get("detail").asText()).startsWith("the selected facts span 2 stages");
  }
}
