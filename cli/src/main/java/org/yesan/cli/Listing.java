package org.yesan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A result to print: named, typed columns and rows, rendered as an aligned table (Korean text
 * counted double width), CSV, or JSON with exact decimal strings for amounts.
 */
final class Listing {

  /** How a column's values are printed and aligned. */
  enum Kind {
    TEXT,
    /** An exact amount in the currency's base unit; a JSON string, never a number. */
    AMOUNT,
    /** A ready-made reading of an amount, such as 368.6조원. */
    READABLE,
    PERCENT,
    COUNT
  }

  record Column(String name, Kind kind) {}

  private final List<Column> columns = new ArrayList<>();
  private final List<List<Object>> rows = new ArrayList<>();

  Listing column(String name, Kind kind) {
    columns.add(new Column(name, kind));
    return this;
  }

  Listing row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + values.length + " values for " + columns.size() + " columns");
    }
    rows.add(java.util.Arrays.asList(values));
    return this;
  }

  List<Column> columns() {
    return columns;
  }

  List<List<Object>> rows() {
    return rows;
  }

  void print(OutputFormat format, PrintWriter out) {
    switch (format) {
      case TABLE -> printTable(out);
      case CSV -> printCsv(out);
      case JSON -> printJson(out);
    }
    out.flush();
  }

  static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return v.toString();
  }

  static String grouped(BigDecimal b) {
    String plain = b.toPlainString();
    boolean neg = plain.startsWith("-");
    String digits = neg ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String frac = dot < 0 ? "" : digits.substring(dot);
    StringBuilder b2 = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b2.append(',');
      }
      b2.append(whole.charAt(i));
    }
    return (neg ? "-" : "") + b2 + frac;
  }

  private void printTable(PrintWriter out) {
    int n = columns.size();
    List<String[]> cells = new ArrayList<>();
    String[] head = new String[n];
    for (int i = 0; i < n; i++) {
      head[i] = columns.get(i).name();
    }
    for (List<Object> r : rows) {
      String[] c = new String[n];
      for (int i = 0; i < n; i++) {
        Object v = r.get(i);
        Kind k = columns.get(i).kind();
        c[i] =
            v == null
                ? (k == Kind.TEXT ? "—" : "")
                : (k == Kind.AMOUNT && v instanceof BigDecimal b ? grouped(b) : text(v));
        if (k == Kind.TEXT && c[i].isEmpty()) {
          c[i] = "—";
        }
      }
      cells.add(c);
    }
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = DisplayWidth.of(head[i]);
      for (String[] c : cells) {
        width[i] = Math.max(width[i], DisplayWidth.of(c[i]));
      }
    }
    out.println(line(head, width, true));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        rule.append("  ");
      }
      rule.append("-".repeat(width[i]));
    }
    out.println(rule);
    for (String[] c : cells) {
      out.println(line(c, width, false));
    }
  }

  private String line(String[] c, int[] width, boolean header) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < c.length; i++) {
      if (i > 0) {
        b.append("  ");
      }
      boolean right = !header && columns.get(i).kind() != Kind.TEXT;
      int pad = width[i] - DisplayWidth.of(c[i]);
      if (right) {
        b.append(" ".repeat(pad)).append(c[i]);
      } else {
        b.append(c[i]);
        if (i < c.length - 1) {
          b.append(" ".repeat(pad));
        }
      }
    }
    return b.toString().stripTrailing();
  }

  private void printCsv(PrintWriter out) {
    List<String> head = new ArrayList<>();
    for (Column c : columns) {
      head.add(csv(c.name()));
    }
    out.print(String.join(",", head));
    out.print("\r\n");
    for (List<Object> r : rows) {
      List<String> f = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        f.add(csv(text(r.get(i))));
      }
      out.print(String.join(",", f));
      out.print("\r\n");
    }
  }

  private static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private void printJson(PrintWriter out) {
    ArrayNode arr = JSON.createArrayNode();
    for (List<Object> r : rows) {
      ObjectNode o = arr.addObject();
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        Object v = r.get(i);
        if (v == null) {
          o.putNull(c.name());
        } else if (c.kind() == Kind.COUNT && v instanceof Number num) {
          o.put(c.name(), num.longValue());
        } else if (c.name().equals("fiscal_year") || c.name().equals("reported_in")) {
          o.put(c.name(), Integer.parseInt(v.toString()));
        } else {
          o.put(c.name(), text(v));
        }
      }
    }
    try {
      out.println(JSON.writeValueAsString(arr));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
