package org.yesan.http.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table as a view shows it, posted by the browser for download: a title, typed columns and rows
 * of cell text (amounts as exact decimal strings), absent cells as JSON null.
 */
record ShownTable(String title, List<Column> columns, List<List<Optional<String>>> rows) {

  /** What a column holds, which decides how a spreadsheet cell is written. */
  enum Kind {
    TEXT,
    AMOUNT,
    NUMBER,
    PERCENT
  }

  /** One column: its heading and kind. */
  record Column(String name, Kind kind) {}

  static final int MAX_ROWS = 100_000;

  ShownTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** Reads the posted JSON; text that does not fit is an IllegalArgumentException saying where. */
  static ShownTable parse(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "expected a JSON table, found unreadable JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object with title, columns and rows");
    }
    String title = root.path("title").asText("yesan");
    JsonNode cols = root.path("columns");
    if (!cols.isArray() || cols.isEmpty()) {
      throw new IllegalArgumentException("expected columns: [{name, kind}, …], found none");
    }
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      JsonNode c = cols.get(i);
      String kind = c.path("kind").asText("text");
      try {
        columns.add(
            new Column(c.path("name").asText(""), Kind.valueOf(kind.toUpperCase(Locale.ROOT))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "column "
                + (i + 1)
                + ": expected kind text, amount, number or percent, found '"
                + kind
                + "'");
      }
    }
    JsonNode rs = root.path("rows");
    if (!rs.isArray()) {
      throw new IllegalArgumentException("expected rows: [[cell, …], …]");
    }
    if (rs.size() > MAX_ROWS) {
      throw new IllegalArgumentException(
          "expected at most " + MAX_ROWS + " rows, found " + rs.size());
    }
    List<List<Optional<String>>> rows = new ArrayList<>();
    for (int r = 0; r < rs.size(); r++) {
      JsonNode row = rs.get(r);
      if (!row.isArray() || row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row "
                + (r + 1)
                + ": expected "
                + columns.size()
                + " cells, found "
                + (row.isArray() ? row.size() : 0));
      }
      List<Optional<String>> cells = new ArrayList<>();
      for (JsonNode cell : row) {
        cells.add(cell.isNull() ? Optional.empty() : Optional.of(cell.asText()));
      }
      rows.add(cells);
    }
    return new ShownTable(title, columns, rows);
  }
}
