package org.yesan.app.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One table written to every format and read back with an independent reader. */
class ExportFormatsTest {

  @TempDir Path dir;

  /** 국방부 2018: 43.2조 (as the 열린재정 file gives it), a formula-like name, a missing figure. */
  static ResultTable sample() {
    return new ResultTable(
            new Column("fiscal_year", Column.Kind.YEAR),
            new Column("ministry", Column.Kind.TEXT),
            new Column("amount", Column.Kind.AMOUNT),
            new Column("facts", Column.Kind.COUNT))
        .row(2018, "국방부", new BigDecimal("43158100000000"), 512L)
        .row(2018, "=HYPERLINK(\"http://x\")", new BigDecimal("-1000"), 1L)
        .row(2017, "@통일부", new BigDecimal("12345678901234567.25"), null)
        .row(2017, "교육부", null, 3L);
  }

  private byte[] written(ExportFormat f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultTable t = sample();
    t.writeTo(f.writer(t.columns(), out));
    return out.toByteArray();
  }

  @Test
  void csvHasABomCrlfAndNeverRunsAText() throws IOException {
    byte[] b = written(ExportFormat.CSV);
    assertThat(Arrays.copyOf(b, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(
            "fiscal_year,ministry,amount,facts\r\n"
                + "2018,국방부,43158100000000,512\r\n"
                + "2018,\"'=HYPERLINK(\"\"http://x\"\")\",-1000,1\r\n"
                + "2017,'@통일부,12345678901234567.25,\r\n"
                + "2017,교육부,,3\r\n");
  }

  @Test
  void jsonKeepsAmountsExactAndMissingAsNull() throws IOException {
    String json = new String(written(ExportFormat.JSON), StandardCharsets.UTF_8);
    assertThat(json)
        .startsWith(
            "[{\"fiscal_year\":2018,\"ministry\":\"국방부\",\"amount\":\"43158100000000\","
                + "\"facts\":512}")
        .contains("\"amount\":\"12345678901234567.25\",\"facts\":null")
        .contains("{\"fiscal_year\":2017,\"ministry\":\"교육부\",\"amount\":null,\"facts\":3}");
  }

  @Test
  void xlsxHasKoreanHeadingsAndExactNumbers() throws IOException {
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new java.io.ByteArrayInputStream(written(ExportFormat.XLSX)))) {
      List<String> cells = new ArrayList<>();
      for (Row r : wb.getSheetAt(0)) {
        for (int i = 0; i < 4; i++) {
          var c = r.getCell(i);
          cells.add(
              c == null
                  ? "-"
                  : c.getCellType() == CellType.NUMERIC
                      ? "n"
                          + BigDecimal.valueOf(c.getNumericCellValue())
                              .stripTrailingZeros()
                              .toPlainString()
                      : "s" + c.getStringCellValue());
        }
      }
      assertThat(cells)
          .containsExactly(
              "s회계연도",
              "s소관",
              "s금액(원)",
              "s건수",
              "n2018",
              "s국방부",
              "n43158100000000",
              "n512",
              "n2018",
              "s=HYPERLINK(\"http://x\")",
              "n-1000",
              "n1",
              // 19 significant digits do not fit a double: kept as exact text
              "n2017",
              "s@통일부",
              "s12345678901234567.25",
              "-",
              "n2017",
              "s교육부",
              "-",
              "n3");
    }
  }

  @Test
  void parquetHasTypedColumnsAndNulls() throws Exception {
    Path file = dir.resolve("t.parquet");
    Files.write(file, written(ExportFormat.PARQUET));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT fiscal_year, ministry, amount, facts, typeof(amount), typeof(facts)"
                    + " FROM '"
                    + file
                    + "'")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        BigDecimal a = rs.getBigDecimal(3);
        rows.add(
            rs.getInt(1)
                + "|"
                + rs.getString(2)
                + "|"
                + (a == null ? "null" : a.stripTrailingZeros().toPlainString())
                + "|"
                + rs.getObject(4)
                + "|"
                + rs.getString(5)
                + "|"
                + rs.getString(6));
      }
      assertThat(rows)
          .containsExactly(
              "2018|국방부|43158100000000|512|DECIMAL(38,10)|BIGINT",
              "2018|=HYPERLINK(\"http://x\")|-1000|1|DECIMAL(38,10)|BIGINT",
              "2017|@통일부|12345678901234567.25|null|DECIMAL(38,10)|BIGINT",
              "2017|교육부|null|3|DECIMAL(38,10)|BIGINT");
    }
  }

  @Test
  void aFileGetsTheFormatOfItsExtensionAndAppearsWhole() throws IOException {
    Path file = dir.resolve("out/국방.xlsx");
    assertThat(TableFile.write(sample(), file)).isEqualTo(ExportFormat.XLSX);
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(in.readNBytes(2)).containsExactly('P', 'K');
    }
    assertThat(Files.list(file.getParent())).containsExactly(file);
    assertThatThrownBy(() -> TableFile.write(sample(), dir.resolve("x.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--output: expected a file ending in .csv, .json, .xlsx or .parquet, found '"
                + dir.resolve("x.txt")
                + "'");
  }

  @Test
  void aCellThatDoesNotFitItsColumnIsRefused() {
    ResultTable t = new ResultTable(new Column("amount", Column.Kind.AMOUNT));
    assertThatThrownBy(() -> t.row("43.2조"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount: expected an exact decimal, found 43.2조");
  }
}
