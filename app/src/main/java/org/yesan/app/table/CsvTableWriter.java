package org.yesan.app.table;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one CSV writer of the CLI and the API (FastCSV): RFC 4180 with CRLF, a missing cell as an
 * empty field, and a text cell that starts with {@code = + - @}, a tab or a carriage return
 * prefixed with {@code '} so that a spreadsheet shows it instead of running it. Amounts, counts and
 * years are never prefixed: {@code -1000} stays a number.
 */
public final class CsvTableWriter implements TableWriter {

  /** The UTF-8 byte order mark, without which Excel reads Korean CSV as the local code page. */
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final List<Column> columns;
  private final Writer text;
  private final CsvWriter csv;

  private CsvTableWriter(List<Column> columns, Writer text) {
    this.columns = List.copyOf(columns);
    this.text = text;
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text);
    csv.writeRecord(columns.stream().map(Column::name).toList());
  }

  /** For files and downloads: a byte order mark first, for Excel. */
  public static CsvTableWriter withByteOrderMark(List<Column> columns, OutputStream out)
      throws IOException {
    out.write(BOM);
    return new CsvTableWriter(columns, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * For a terminal or a pipe, where a byte order mark would be read as text; a reading in both
   * languages is two columns, as in files.
   */
  public static TableWriter plain(List<Column> columns, Writer out) {
    return ReadingColumns.around(
        columns, new CsvTableWriter(ReadingColumns.flattened(columns), out));
  }

  @Override
  public void row(List<Optional<Object>> cells) {
    List<String> fields = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      Optional<String> t = CellText.of(cells.get(i));
      boolean text = !columns.get(i).numeric();
      fields.add(t.map(v -> text ? safe(v) : v).orElse(""));
    }
    csv.writeRecord(fields);
  }

  /** A text cell as a spreadsheet should show it: never as a formula (OWASP CSV injection). */
  static String safe(String v) {
    if (v.isEmpty()) {
      return v;
    }
    char c = v.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + v : v;
  }

  @Override
  public void close() throws IOException {
    csv.flush();
    text.flush();
  }
}
