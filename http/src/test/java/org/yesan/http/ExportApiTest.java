package org.yesan.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yesan.http.TestServer.q;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listings as XLSX and Parquet downloads and the streamed whole-dataset download, on the real
 * server. Figures as in {@link DatasetApiTest}: 국방부 2017 has 71 lines in out_net_bud_2018.csv
 * (python3 csv), one of them line 469, 군시설이전사업, 252,439,000천원; kr-headline's 2026 proposal is 728조원
 * in the bundled CSV.
 */
class ExportApiTest {

  private final TestServer s = TestServer.shared();
  @TempDir Path dir;

  private static final String DEFENCE_2017 = q("ministry:국방부|fiscal_year:2017");

  @Test
  void anAggregateAsXlsxIsADownloadWithExactNumbers() throws Exception {
    HttpResponse<byte[]> r =
        s.get(
            "/api/v1/datasets/kr-headline/aggregate?format=xlsx&drilldown=fiscal_year&cut="
                + q("stage:proposal|measure:total_expenditure"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-disposition"))
        .hasValue(
            "attachment; filename=\"kr-headline-aggregate.xlsx\";"
                + " filename*=UTF-8''kr-headline-aggregate.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("회계연도");
      boolean found = false;
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && row.getCell(0).getNumericCellValue() == 2026) {
          assertThat(BigDecimal.valueOf(row.getCell(1).getNumericCellValue()))
              .isEqualByComparingTo("728000000000000");
          found = true;
        }
      }
      assertThat(found).isTrue();
    }
  }

  @Test
  void factsAsParquetHaveTypedExactColumns() throws Exception {
    HttpResponse<byte[]> r =
        s.get("/api/v1/datasets/kr-openfiscal/facts?format=parquet&cut=" + DEFENCE_2017);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValue("application/vnd.apache.parquet");
    Path file = dir.resolve("facts.parquet");
    Files.write(file, r.body());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT count(*), typeof(any_value(amount)) FROM '" + file + "'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(71);
      assertThat(rs.getString(2)).isEqualTo("DECIMAL(38,10)");
    }
  }

  @Test
  void theWholeDatasetDownloadStreamsEveryLineWithItsSource() throws Exception {
    HttpResponse<byte[]> r = s.get("/api/v1/datasets/kr-openfiscal/download?cut=" + DEFENCE_2017);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-disposition"))
        .hasValueSatisfying(
            v -> assertThat(v).startsWith("attachment; filename=\"kr-openfiscal.csv\""));
    assertThat(Arrays.copyOf(r.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines =
        new String(r.body(), 3, r.body().length - 3, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(72);
    assertThat(lines.get(0))
        .isEqualTo(
            "ministry,account,sub_account,sector,subsector,program,unit_project,"
                + "measure,fiscal_year,stage,reported_in,amount,source_file,source_line");
    assertThat(lines)
        .anySatisfy(
            l -> assertThat(l).contains(",군시설이전사업,").contains(",252439000000,").endsWith(",469"));
    HttpResponse<byte[]> parquet =
        s.get("/api/v1/datasets/kr-openfiscal/download?format=parquet&cut=" + DEFENCE_2017);
    Path file = dir.resolve("all.parquet");
    Files.write(file, parquet.body());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*), sum(CASE WHEN source_line = 469 THEN amount END) FROM '"
                    + file
                    + "'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(71);
      assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("252439000000");
    }
  }
}
