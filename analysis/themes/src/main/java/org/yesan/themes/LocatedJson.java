package org.yesan.themes;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yesan.ingest.InputException;

/**
 * A JSON document read into nodes that remember the line and column where each begins, so that a
 * rule file's errors can point at the offending value rather than at the whole file.
 */
final class LocatedJson {

  private LocatedJson() {}

  /** A JSON value and where it begins. */
  sealed interface Node permits Obj, Arr, Str, Scalar {
    long line();

    int column();

    /** How the value reads in an error message: {@code object}, {@code number 3}, … */
    String describe();
  }

  /** An object member: its name, where the name begins, its value. */
  record Field(String name, long line, int column, Node value) {}

  record Obj(Map<String, Field> fields, long line, int column) implements Node {
    @Override
    public String describe() {
      return "an object";
    }
  }

  record Arr(List<Node> items, long line, int column) implements Node {
    @Override
    public String describe() {
      return "an array";
    }
  }

  record Str(String value, long line, int column) implements Node {
    @Override
    public String describe() {
      return "string " + InputException.quote(value);
    }
  }

  /** A number, true, false or null, as written. */
  record Scalar(String text, boolean number, long line, int column) implements Node {
    @Override
    public String describe() {
      return number ? "number " + text : text;
    }
  }

  /** Reads one value starting at the parser's next token; nothing may follow it. */
  static Node read(JsonParser p, Path file) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new InputException(file, 1, 1, "a JSON object", "an empty file");
    }
    Node n = value(p, file);
    JsonToken after = p.nextToken();
    if (after != null) {
      JsonLocation l = p.currentTokenLocation();
      throw new InputException(
          file, l.getLineNr(), l.getColumnNr(), "the end of the file", "more JSON");
    }
    return n;
  }

  private static Node value(JsonParser p, Path file) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    long line = at.getLineNr();
    int col = at.getColumnNr();
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Field> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          JsonLocation nameAt = p.currentTokenLocation();
          String name = p.currentName();
          p.nextToken();
          Node v = value(p, file);
          Field previous = fields.get(name);
          if (previous != null) {
            throw new InputException(
                file,
                nameAt.getLineNr(),
                nameAt.getColumnNr(),
                "each field once (the first '" + name + "' is on line " + previous.line() + ")",
                "'" + name + "' again");
          }
          fields.put(name, new Field(name, nameAt.getLineNr(), nameAt.getColumnNr(), v));
        }
        return new Obj(fields, line, col);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p, file));
        }
        return new Arr(items, line, col);
      }
      case VALUE_STRING -> {
        return new Str(p.getText(), line, col);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Scalar(p.getText(), true, line, col);
      }
      default -> {
        return new Scalar(p.getText(), false, line, col);
      }
    }
  }
}
