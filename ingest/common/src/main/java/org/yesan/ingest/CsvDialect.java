package org.yesan.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a CSV file separates and quotes its fields, declared (as a Frictionless {@code dialect}) or
 * detected from its first lines.
 *
 * @param delimiter the field separator
 * @param quote the quote character
 * @param detected whether it was detected rather than declared
 */
public record CsvDialect(char delimiter, char quote, boolean detected) {

  /** Comma-separated and double-quoted, as RFC 4180 has it. */
  public static final CsvDialect RFC_4180 = new CsvDialect(',', '"', false);

  private static final char[] CANDIDATES = {',', ';', '\t', '|'};
  private static final int SAMPLE_LINES = 20;
  private static final int SAMPLE_BYTES = 64 * 1024;

  public CsvDialect {
    if (delimiter == quote || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException(
          "a CSV dialect needs a delimiter other than its quote and line breaks");
    }
  }

  /**
   * Detects the delimiter from the first lines: the candidate ({@code , ; TAB |}) that splits the
   * header into the most fields and every sampled line into the same number; a comma when none
   * does.
   */
  public static CsvDialect detect(Path file) {
    TextEncoding.Detected encoding = TextEncoding.detect(file);
    byte[] head = TextEncoding.head(file, SAMPLE_BYTES);
    int skip = encoding.bom() ? 3 : 0;
    String text = new String(head, skip, head.length - skip, encoding.charset());
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r?\n", -1)) {
      if (!line.isBlank()) {
        lines.add(line);
      }
      if (lines.size() == SAMPLE_LINES + 1) {
        break;
      }
    }
    if (lines.size() > 1 && head.length == SAMPLE_BYTES) {
      lines.remove(lines.size() - 1); // the last sampled line may be cut by the sample's end
    }
    char best = ',';
    int bestFields = 1;
    for (char c : CANDIDATES) {
      int fields = fields(lines.get(0), c);
      boolean consistent = lines.stream().allMatch(l -> fields(l, c) == fields);
      if (consistent && fields > bestFields) {
        best = c;
        bestFields = fields;
      }
    }
    return new CsvDialect(best, '"', true);
  }

  /** How this dialect reads, for a message: {@code "';' delimited, '"' quoted (detected)"}. */
  public String describe() {
    String d = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    return d + " delimited, '" + quote + "' quoted" + (detected ? " (detected)" : " (declared)");
  }

  private static int fields(String line, char delimiter) {
    int n = 1;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') { // the quote every detected dialect uses
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        n++;
      }
    }
    return n;
  }
}
