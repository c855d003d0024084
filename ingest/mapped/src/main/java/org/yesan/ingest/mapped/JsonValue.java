package org.yesan.ingest.mapped;

import java.util.List;
import java.util.Map;
import org.yesan.ingest.InputException;

/** A JSON value of a mapping file, with the position where it starts so errors can point at it. */
sealed interface JsonValue {

  Position at();

  /** How the value reads in an error message, e.g. {@code 'thousand_wons'} or {@code a list}. */
  String describe();

  /** A 1-based line and column in the mapping file. */
  record Position(long line, int column) {}

  /** A JSON object whose members keep their order and the position of their names. */
  record JsonObject(Map<String, Member> members, Position at) implements JsonValue {
    @Override
    public String describe() {
      return "an object";
    }
  }

  /** One member of an object: its name, where the name starts, and its value. */
  record Member(String name, Position nameAt, JsonValue value) {}

  /** A JSON array. */
  record JsonArray(List<JsonValue> items, Position at) implements JsonValue {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A JSON string. */
  record JsonText(String text, Position at) implements JsonValue {
    @Override
    public String describe() {
      return InputException.quote(text);
    }
  }

  /** A JSON number, kept as written so that it converts to an exact decimal. */
  record JsonNumber(String text, Position at) implements JsonValue {
    @Override
    public String describe() {
      return "the number " + text;
    }
  }

  /** {@code true}, {@code false} or {@code null}. */
  record JsonLiteral(String text, Position at) implements JsonValue {
    @Override
    public String describe() {
      return text;
    }
  }
}
