package org.yesan.ingest.mapped;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.ingest.InputException;
import org.yesan.ingest.mapped.JsonValue.JsonArray;
import org.yesan.ingest.mapped.JsonValue.JsonLiteral;
import org.yesan.ingest.mapped.JsonValue.JsonNumber;
import org.yesan.ingest.mapped.JsonValue.JsonObject;
import org.yesan.ingest.mapped.JsonValue.JsonText;
import org.yesan.ingest.mapped.JsonValue.Member;
import org.yesan.ingest.mapped.JsonValue.Position;

/**
 * Reads a mapping file into a {@link JsonValue} tree that remembers where every value starts;
 * Jackson's own tree forgets positions, and errors about the mapping must point into the file.
 */
final class MappingJson {

  // Hand-written files get comments; everything else is strict JSON.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

  // Jackson words most syntax errors as "Unexpected character ('x' (code 120)): expected ...";
  // split so the message reads "expected ..., found 'x'" like every other error.
  private static final Pattern UNEXPECTED =
      Pattern.compile(
          "Unexpected character \\(('.*?') \\(code \\d+\\)\\): (?:was )?expect(?:ed|ing) (.*)",
          Pattern.DOTALL);

  private MappingJson() {}

  /**
   * Parses the file as UTF-8 JSON.
   *
   * @throws InputException for a missing file, malformed JSON or a property given twice
   */
  static JsonValue read(Path file) {
    // Read as characters, not bytes, so that Jackson's columns count Korean column names as one
    // column per character, as an editor does.
    try (Reader in =
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        JsonParser parser = FACTORY.createParser(in)) {
      if (parser.nextToken() == null) {
        throw new InputException(file, 0, 0, "a JSON mapping object", "an empty file");
      }
      JsonValue root = value(file, parser);
      if (parser.nextToken() != null) {
        throw error(file, parser.currentTokenLocation(), "the end of the file", "more JSON");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new InputException(file, 0, 0, "a readable mapping file", "no such file", e);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String message = e.getOriginalMessage();
      Matcher unexpected = UNEXPECTED.matcher(message);
      boolean split = unexpected.matches();
      throw new InputException(
          file,
          where == null ? 0 : Math.max(0, where.getLineNr()),
          where == null ? 0 : Math.max(0, where.getColumnNr()),
          split ? unexpected.group(2) : "well-formed JSON",
          split ? unexpected.group(1) : message,
          e);
    } catch (CharacterCodingException e) {
      throw new InputException(
          file, 0, 0, "a mapping file in UTF-8", "bytes that are not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonValue value(Path file, JsonParser parser) throws IOException {
    Position at = position(parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonLocation nameAt = parser.currentTokenLocation();
          if (members.containsKey(name)) {
            Position first = members.get(name).nameAt();
            throw error(
                file,
                nameAt,
                "each property once",
                "\"" + name + "\" again (first at " + first.line() + ":" + first.column() + ")");
          }
          parser.nextToken();
          members.put(name, new Member(name, position(nameAt), value(file, parser)));
        }
        return new JsonObject(members, at);
      case START_ARRAY:
        List<JsonValue> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(file, parser));
        }
        return new JsonArray(items, at);
      case VALUE_STRING:
        return new JsonText(parser.getText(), at);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new JsonNumber(parser.getText(), at);
      default:
        return new JsonLiteral(parser.getText(), at);
    }
  }

  private static Position position(JsonLocation location) {
    return new Position(location.getLineNr(), location.getColumnNr());
  }

  private static InputException error(
      Path file, JsonLocation where, String expected, String found) {
    return new InputException(file, where.getLineNr(), where.getColumnNr(), expected, found);
  }
}
