package org.yesan.http.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ShownTable} as an XLSX workbook: one sheet, a bold header, amounts as numbers
 * when the spreadsheet can hold them exactly and as text otherwise.
 *
 * <p>A spreadsheet number is a double. An amount is written as a number only if that double prints
 * back as exactly the same decimal (true of every whole won amount below 10^15 and most others);
 * any other amount — 16 or more significant digits, fractions of a won from partial theme shares —
 * is written as its exact decimal text, so no cell ever shows a rounded figure as if it were exact.
 */
public final class XlsxExport {

  /** The media type of an XLSX workbook. */
  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  byte[] workbook(ShownTable table) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
      CellStyle header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle whole = wb.createCellStyle();
      whole.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      CellStyle decimal = wb.createCellStyle();
      decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.##########"));
      Row head = sheet.createRow(0);
      List<ShownTable.Column> columns = table.columns();
      for (int i = 0; i < columns.size(); i++) {
        Cell c = head.createCell(i);
        c.setCellValue(columns.get(i).name());
        c.setCellStyle(header);
      }
      int r = 1;
      for (List<Optional<String>> row : table.rows()) {
        Row x = sheet.createRow(r++);
        for (int i = 0; i < row.size(); i++) {
          Optional<String> v = row.get(i);
          if (v.isEmpty()) {
            continue;
          }
          Cell c = x.createCell(i);
          Optional<BigDecimal> exact =
              columns.get(i).kind() == ShownTable.Kind.TEXT ? Optional.empty() : decimal(v.get());
          Optional<Double> number = exact.flatMap(XlsxExport::exactDouble);
          if (number.isPresent()) {
            c.setCellValue(number.get());
            c.setCellStyle(exact.get().scale() <= 0 ? whole : decimal);
          } else {
            c.setCellValue(v.get());
          }
        }
      }
      sheet.createFreezePane(0, 1);
      for (int i = 0; i < columns.size(); i++) {
        sheet.setColumnWidth(
            i, Math.min(60, Math.max(10, columns.get(i).name().length() + 4)) * 256);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<BigDecimal> decimal(String text) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The double that prints back as exactly this decimal, if there is one. */
  static Optional<Double> exactDouble(BigDecimal v) {
    double d = v.doubleValue();
    if (Double.isInfinite(d) || BigDecimal.valueOf(d).compareTo(v) != 0) {
      return Optional.empty();
    }
    return Optional.of(d);
  }
}
