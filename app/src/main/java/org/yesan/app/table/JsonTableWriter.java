package org.yesan.app.table;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Rows as a JSON array of objects, streamed, in the one field convention of the CLI and the API:
 * snake_case names; amounts and percentages as exact decimal strings; counts and years as numbers;
 * text as strings; a reading in both languages as {@code {"ko": …, "en": …}}; a missing figure as
 * {@code null}, never 0.
 */
public final class JsonTableWriter implements TableWriter {

  private final List<Column> columns;
  private final JsonGenerator json;

  // Both are thread-safe once configured, and costly to make: a new mapper per reply built its
  // serializer caches again on every request.
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper TREES = new ObjectMapper();

  /** Compact, for files and downloads. */
  public JsonTableWriter(List<Column> columns, OutputStream out) throws IOException {
    this(columns, out, false);
  }

  /** Indented when {@code pretty}, for a terminal. */
  public JsonTableWriter(List<Column> columns, OutputStream out, boolean pretty)
      throws IOException {
    this.columns = List.copyOf(columns);
    this.json =
        FACTORY
            .createGenerator(out, JsonEncoding.UTF8)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      json.useDefaultPrettyPrinter();
    }
    json.writeStartArray();
  }

  /** The table's rows as a JSON tree, exactly as this writer writes them, to embed in a reply. */
  public static ArrayNode array(ResultTable table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      table.writeTo(new JsonTableWriter(table.columns(), out));
      return (ArrayNode) TREES.readTree(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void row(List<Optional<Object>> cells) throws IOException {
    json.writeStartObject();
    for (int i = 0; i < cells.size(); i++) {
      Column c = columns.get(i);
      json.writeFieldName(c.name());
      Optional<Object> v = cells.get(i);
      if (v.isEmpty()) {
        json.writeNull();
      } else if (v.get() instanceof Reading r) {
        json.writeStartObject();
        json.writeStringField("ko", r.ko());
        json.writeStringField("en", r.en());
        json.writeEndObject();
      } else if (c.kind() == Column.Kind.COUNT || c.kind() == Column.Kind.YEAR) {
        json.writeNumber(((Number) v.get()).longValue());
      } else {
        json.writeString(CellText.of(v).orElseThrow());
      }
    }
    json.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    json.writeEndArray();
    json.writeRaw('\n');
    json.flush();
    json.close();
  }
}
