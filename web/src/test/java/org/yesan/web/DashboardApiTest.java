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
    // data/kr-total-expenditure.csv has 31 total_expenditure rows (python3 csv count).
    assertThat(s.get("points")).hasSize(31);
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
    assertThat(en.get("matches").get(0).get("name").get("ko").asText()).isEqualTo("국방");
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
    assertThat(echarts.body().length).isEqualTo(1_017_664); // the WebJar's dist file
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
