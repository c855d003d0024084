package org.yesan.ingest.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.yesan.ingest.CsvTable;

/**
 * Builds .xlsx workbooks at test time from the real CSV files, the way an analyst's export looks: a
 * title row, a blank row, then the table, amounts as numeric cells.
 */
final class Workbooks {

  private Workbooks() {}

  static Path shared() {
    return Path.of(System.getProperty("yesan.shared", "/work/shared"));
  }

  static Path openFiscalCsv(String name) {
    return shared().resolve("data/kr-openfiscal-2007-2018").resolve(name);
  }

  static Path program2019Csv(String name) {
    return shared().resolve("data/kr-budget-2019-program").resolve(name);
  }

  /**
   * Writes {@code csv} as the first sheet of {@code xlsx}, the header on row {@code headerRow}
   * starting in column {@code firstColumn} (0 = A), with each data row passed through {@code edit}.
   */
  static Path fromCsv(
      Path csv,
      Path xlsx,
      String sheetName,
      int headerRow,
      int firstColumn,
      UnaryOperator<List<String>> edit)
      throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100);
        CsvTable table = CsvTable.open(csv)) {
      Sheet sheet = book.createSheet(sheetName);
      sheet.createRow(0).createCell(0).setCellValue(sheetName + " 예산 (단위: 천원)");
      List<String> header = table.header();
      write(sheet.createRow(headerRow - 1), firstColumn, header, header);
      int[] next = {headerRow};
      table.forEachRow(
          r -> {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
              fields.add(r.field(i));
            }
            write(sheet.createRow(next[0]++), firstColumn, header, edit.apply(fields));
          });
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        book.write(out);
      }
    }
    return xlsx;
  }

  static Path fromCsv(Path csv, Path xlsx, String sheetName) throws IOException {
    return fromCsv(csv, xlsx, sheetName, 3, 0, UnaryOperator.identity());
  }

  private static void write(Row row, int firstColumn, List<String> header, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      String v = fields.get(i);
      if (v.isEmpty()) {
        continue;
      }
      boolean amount = i < header.size() && isAmount(header.get(i)) && row.getRowNum() >= 3;
      if (amount && v.matches("-?\\d+(\\.\\d+)?")) {
        // Whole won amounts below 2^53 are exact as doubles, as in a real spreadsheet.
        row.createCell(firstColumn + i).setCellValue(Double.parseDouble(v));
      } else {
        row.createCell(firstColumn + i).setCellValue(v);
      }
    }
  }

  private static boolean isAmount(String column) {
    return column.endsWith("(천원)")
        || column.startsWith("금액")
        || column.startsWith("수정금액")
        || column.contains("합계")
        || column.contains("총계")
        || column.equals("증감액");
  }
}
