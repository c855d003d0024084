package org.yesan.http.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.XlsxTableWriter;

/**
 * Writes a {@link ShownTable} as an XLSX workbook with the one XLSX writer of the CLI and the API
 * ({@link XlsxTableWriter}): a bold header, amounts as numbers when the spreadsheet can hold them
 * exactly and as their exact decimal text otherwise, so no cell shows a rounded figure as if it
 * were exact. A cell of a numeric column that is not a decimal is kept as text.
 */
public final class XlsxExport {

  /** The media type of an XLSX workbook. */
  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  byte[] workbook(ShownTable table) {
    List<Column> columns = new ArrayList<>();
    for (ShownTable.Column c : table.columns()) {
      // the writer needs a name; a shown table's heading may be blank
      columns.add(
          new Column(
              c.name().isBlank() ? " " + (columns.size() + 1) : c.name(),
              c.kind() == ShownTable.Kind.TEXT ? Column.Kind.TEXT : Column.Kind.AMOUNT));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> headings = table.columns().stream().map(ShownTable.Column::name).toList();
    try (XlsxTableWriter w = new XlsxTableWriter(columns, headings, out)) {
      for (List<Optional<String>> row : table.rows()) {
        List<Optional<Object>> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
          boolean numeric = table.columns().get(i).kind() != ShownTable.Kind.TEXT;
          cells.add(row.get(i).map(v -> numeric ? decimal(v).orElse(v) : v));
        }
        w.row(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Optional<Object> decimal(String text) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
