package org.yesan.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Rows under named columns, printed as RFC 4180 CSV; an absent cell prints as an empty field. */
public final class Table {

  /** The UTF-8 byte order mark, without which Excel reads Korean CSV as the local code page. */
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final List<String> columns;
  private final List<List<Optional<String>>> rows = new ArrayList<>();

  public Table(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  public Table(String... columns) {
    this(Arrays.asList(columns));
  }

  public List<String> columns() {
    return columns;
  }

  /** Adds a row; {@code null} or an empty Optional marks an absent cell. */
  public Table row(List<?> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells for " + columns.size() + " columns");
    }
    List<Optional<String>> row = new ArrayList<>(cells.size());
    for (Object c : cells) {
      row.add(cell(c));
    }
    rows.add(row);
    return this;
  }

  private static Optional<String> cell(Object c) {
    if (c instanceof Optional<?> o) {
      return o.map(Object::toString);
    }
    if (c instanceof java.math.BigDecimal d) {
      return Optional.of(d.toPlainString());
    }
    return Optional.ofNullable(c).map(Object::toString);
  }

  public int size() {
    return rows.size();
  }

  /** The CSV bytes: a BOM, the header, then one CRLF-terminated line per row. */
  public byte[] csv() {
    StringBuilder sb = new StringBuilder();
    line(sb, columns.stream().map(Optional::of).toList());
    for (List<Optional<String>> r : rows) {
      line(sb, r);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void line(StringBuilder sb, List<Optional<String>> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      cells.get(i).ifPresent(v -> sb.append(quoted(v)));
    }
    sb.append("\r\n");
  }

  private static String quoted(String v) {
    // A leading '=', '+', '-' or '@' is left as is: amounts such as -1000 must stay numbers.
    boolean quote =
        v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
