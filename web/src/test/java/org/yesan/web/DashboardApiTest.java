package org.yesan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yesan.http.export.XlsxExport;

/** The dashboard's own endpoints and files over HTTP, on the shared real-data fixture. */
class DashboardApiTest {

  private final DashboardFixture fx = DashboardFixture.shared();

  @Test
  void seriesListsEveryYearAndStageWithRealTermsWhereTheDeflatorReaches() {
    JsonNode s = fx.json("/api/v1/datasets/kr-headline/series?measure=total_expenditure");
    // data/kr-total-expenditure.csv has 54 total_expenditure rows for 53 (year, stage) pairs
    // (python3 csv count): the FY2008 enacted total has two vintages, and a series shows one.
    assertThat(s.get("points")).hasSize(53);
    // The shipped deflator ends in 2020, so 2020 is the default base year.
    assertThat(s.get("base_year").asInt()).isEqualTo(2020);
    JsonNode p2020 = point(s, 2020, "enacted");
    assertThat(p2020.get("amount").asText()).isEqualTo("512300000000000"); // 512.3조 in the CSV
    // deflating 2020 to 2020 prices multiplies by exactly 1
    assertThat(p2020.get("real").get("amount").asText()).isEqualTo("512300000000000");
    JsonNode p2026 = point(s, 2026, "proposal");
    assertThat(p2026.get("amount").asText()).isEqualTo("728000000000000");
    assertThat(p2026.get("readable").get("ko").asText()).isEqualTo("728.0조원");
    assertThat(p2026.has("real")).isFalse();
    assertThat(p2026.get("real_missing").asText()).contains("2026");
  }

  private static JsonNode point(JsonNode s, int year, String stage) {
    for (JsonNode p : s.get("points")) {
      if (p.get("fiscal_year").asInt() == year && p.get("stage").asText().equals(stage)) {
        return p;
      }
    }
    throw new AssertionError("no point " + year + " " + stage);
  }

  @Test
  void seriesRefusesCutsOnTheAxesItSpans() {
    HttpResponse<byte[]> r =
        fx.get(
            "/api/v1/datasets/kr-headline/series?measure=total_expenditure&cut="
                + DashboardFixture.q("fiscal_year:2020"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(DashboardFixture.parse(r).get("detail").asText())
        .isEqualTo("a series spans every fiscal_year; cut the node's levels only");
  }

  @Test
  void searchFindsSectorsByTheirKoreanNameAndProgramsByPartOfTheirs() {
    JsonNode r = fx.json("/api/v1/datasets/kr-headline/search?q=" + DashboardFixture.q("국방"));
    assertThat(r.get("matches")).hasSize(1);
    assertThat(r.get("matches").get(0).get("member").asText()).isEqualTo("defense");
    JsonNode en = fx.json("/api/v1/datasets/kr-headline/search?q=DEFENSE");
    assertThat(en.get("matches").get(0).get("name_ko").asText()).isEqualTo("국방");
  }

  @Test
  void searchGivesEachMatchItsLatestFigure() {
    JsonNode r =
        fx.json(
            "/api/v1/datasets/kr-openfiscal/search?levels=program&q="
                + DashboardFixture.q("예비전력관리"));
    JsonNode match = r.get("matches").get(0);
    // out_2018.csv: the two 예비전력관리 rows of 국방부, 금년도예산(천원) summed × 1,000
    assertThat(match.get("latest_fiscal_year").asInt()).isEqualTo(2018);
    assertThat(match.get("latest_stage").asText()).isEqualTo("enacted");
    assertThat(match.get("latest_measure").asText()).isEqualTo("expenditure");
    assertThat(match.get("latest_amount").asText()).isEqualTo("132535000000");
    assertThat(match.get("latest_readable").get("ko").asText()).isEqualTo("1,325억원");
  }

  @Test
  void aSupplementaryColumnLeftAtZeroIsNoPointOfTheSeries() {
    JsonNode s =
        fx.json(
            "/api/v1/datasets/kr-openfiscal/series?measure=expenditure&cut="
                + DashboardFixture.q("ministry:보건복지부"));
    JsonNode unfilled = null;
    for (JsonNode p : s.get("points")) {
      if (p.get("fiscal_year").asInt() == 2018
          && p.get("stage").asText().equals("supplementary_1_proposal")) {
        unfilled = p;
      }
      if (!p.get("amount").isNull()) {
        assertThat(new java.math.BigDecimal(p.get("amount").asText())).isPositive();
      }
    }
    // out_2018.csv's 추경정부안(천원) column is 0 on each of 보건복지부's 212 rows
    assertThat(unfilled.get("amount").isNull()).isTrue();
    assertThat(unfilled.get("count").asInt()).isEqualTo(212);
    assertThat(unfilled.get("missing").asText()).contains("each of the 212 lines");
  }

  @Test
  void everyGlossaryNameHasASourceWithAddressPublisherAndDate() {
    JsonNode g = DashboardFixture.parse(fx.get("/static/glossary.json"));
    JsonNode sources = g.get("sources");
    java.util.Set<String> seen = new java.util.HashSet<>();
    int entries = 0;
    for (JsonNode level : g.get("levels")) {
      for (JsonNode e : level) {
        entries++;
        assertThat(seen.add(e.get("ko").asText())).as("one entry for %s", e.get("ko")).isTrue();
        assertThat(e.get("en").asText()).isNotBlank();
        JsonNode src = sources.get(e.get("source").asText());
        assertThat(src).as("source of %s", e.get("ko")).isNotNull();
        // a page for an official name; Yesan's own translation says that it is one instead
        if (src.path("kind").asText().equals("translation")) {
          assertThat(src.has("url")).isFalse();
          assertThat(src.get("publisher").asText()).contains("Yesan's own translation");
        } else {
          assertThat(src.get("url").asText()).startsWith("http");
        }
        assertThat(src.get("publisher").asText()).isNotBlank();
        assertThat(src.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}|n\\.d\\..*");
      }
    }
    assertThat(entries).isEqualTo(seen.size()).isPositive();
  }

  @Test
  void openApiDocumentsTheDashboardEndpoints() {
    JsonNode paths = fx.json("/api/v1/openapi.json").get("paths");
    assertThat(paths.has("/api/v1/datasets/{name}/series")).isTrue();
    assertThat(paths.has("/api/v1/datasets/{name}/themes/{theme}")).isTrue();
    assertThat(paths.has("/api/v1/datasets/{name}/search")).isTrue();
    assertThat(paths.get("/api/v1/claims/check").has("post")).isTrue();
  }

  @Test
  void pageAndEchartsComeFromTheClassPathAndNothingElseDoes() {
    HttpResponse<byte[]> page = fx.get("/");
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(DashboardFixture.text(page)).contains("/static/app.js").doesNotContain("https://");
    HttpResponse<byte[]> echarts = fx.get("/static/echarts.esm.min.js");
    assertThat(echarts.statusCode()).isEqualTo(200);
    // org.webjars:echarts 5.5.0, the newest ECharts WebJar on Maven Central: 1,028,971 bytes
    assertThat(echarts.body().length).isEqualTo(1_028_971);
    assertThat(DashboardFixture.text(echarts)).contains("version:\"5.5.0\"");
    assertThat(fx.get("/static/..%2Fpom.xml").statusCode()).isEqualTo(404);
    assertThat(fx.get("/static/missing.js").statusCode()).isEqualTo(404);
  }

  @Test
  void xlsxKeepsExactAmountsAsNumbersOnlyWhenTheSpreadsheetCanHoldThem() throws IOException {
    String table =
        "{\"title\":\"예산 test\",\"columns\":[{\"name\":\"항목\",\"kind\":\"text\"},"
            + "{\"name\":\"amount\",\"kind\":\"amount\"}],\"rows\":[[\"국방부\",\"728000000000000\"],"
            + "[\"share\",\"1234.5\"],[\"long\",\"12345678901234567\"],[\"none\",null]]}";
    HttpResponse<byte[]> r =
        fx.post("/export/xlsx", "application/json", table.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(XlsxExport.CONTENT_TYPE);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      List<String> cells = new ArrayList<>();
      for (Row row : wb.getSheetAt(0)) {
        org.apache.poi.ss.usermodel.Cell c = row.getCell(1);
        cells.add(
            c == null
                ? "absent"
                : c.getCellType() == CellType.NUMERIC
                    ? "n:" + java.math.BigDecimal.valueOf(c.getNumericCellValue()).toPlainString()
                    : "s:" + c.getStringCellValue());
      }
      assertThat(cells)
          .containsExactly(
              "s:amount", "n:728000000000000", "n:1234.5", "s:12345678901234567", "absent");
      assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("국방부");
    }
  }

  @Test
  void xlsxRefusesATableItCannotRead() {
    HttpResponse<byte[]> r =
        fx.post(
            "/export/xlsx",
            "application/json",
            "{\"columns\":[{\"name\":\"a\",\"kind\":\"money\"}],\"rows\":[]}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(DashboardFixture.parse(r).get("detail").asText())
        .isEqualTo("column 1: expected kind text, amount, number or percent, found 'money'");
  }
}
