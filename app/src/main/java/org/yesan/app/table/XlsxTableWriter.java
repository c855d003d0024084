package org.yesan.app.table;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Rows as one XLSX sheet, streamed (a window of rows in memory, the rest flushed to a temporary
 * file): a bold header in Korean where {@link Headings} knows the field, a missing figure as an
 * empty cell, and every number exact.
 *
 * <p>A spreadsheet number is a double. An amount is written as a number only if that double prints
 * back as exactly the same decimal (true of every whole won amount below 10^15); any other, such as
 * one of 16 or more significant digits, is written as its exact decimal text, so that no cell shows
 * a rounded figure as if it were exact.
 */
public final class XlsxTableWriter implements TableWriter {

  /** Rows kept in memory before the streaming workbook flushes them to disk. */
  private static final int WINDOW = 200;

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final SXSSFSheet sheet;
  private final CellStyle whole;
  private final CellStyle decimal;
  private int next;

  /** Headed with each field's Korean heading (see {@link Headings}). */
  public XlsxTableWriter(List<Column> columns, OutputStream out) {
    this(columns, columns.stream().map(c -> Headings.korean(c.name())).toList(), out);
  }

  /** Headed with {@code headings} as given, such as the ones a view showed. */
  public XlsxTableWriter(List<Column> columns, List<String> headings, OutputStream out) {
    if (headings.size() != columns.size()) {
      throw new IllegalArgumentException(
          headings.size() + " headings for " + columns.size() + " columns");
    }
    this.out = out;
    this.sheet = workbook.createSheet("yesan");
    CellStyle header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
    whole = workbook.createCellStyle();
    whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    decimal = workbook.createCellStyle();
    decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##########"));
    Row head = sheet.createRow(next++);
    for (int i = 0; i < columns.size(); i++) {
      Cell c = head.createCell(i);
      String heading = headings.get(i);
      c.setCellValue(heading);
      c.setCellStyle(header);
      sheet.setColumnWidth(i, Math.min(60, Math.max(12, heading.length() * 2 + 4)) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void row(List<Optional<Object>> cells) {
    Row r = sheet.createRow(next++);
    for (int i = 0; i < cells.size(); i++) {
      Optional<Object> v = cells.get(i);
      if (v.isEmpty()) {
        continue;
      }
      Cell c = r.createCell(i);
      Object value = v.get();
      if (value instanceof BigDecimal b) {
        Optional<Double> exact = exactDouble(b);
        if (exact.isPresent()) {
          c.setCellValue(exact.get());
          c.setCellStyle(b.stripTrailingZeros().scale() <= 0 ? whole : decimal);
        } else {
          c.setCellValue(b.toPlainString());
        }
      } else if (value instanceof Number n) {
        // counts and years: whole numbers far below 2^53, exact as doubles
        c.setCellValue(n.longValue());
      } else {
        c.setCellValue(value.toString());
      }
    }
  }

  /** The double that prints back as exactly this decimal, if there is one. */
  public static Optional<Double> exactDouble(BigDecimal v) {
    double d = v.doubleValue();
    if (Double.isInfinite(d) || BigDecimal.valueOf(d).compareTo(v) != 0) {
      return Optional.empty();
    }
    return Optional.of(d);
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
    }
  }
}
