package org.yesan.store.duckdb;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A second, deliberately simple reading of a 열린재정 세출 file (out_YYYY), written apart from the
 * importer so that the fuzz test can recompute what an accepted file must total.
 */
final class ReferenceCsv {

  private ReferenceCsv() {}

  static final Charset CP949 = Charset.forName("x-windows-949");

  /** Decodes as the importer promises to: UTF-8 with or without BOM, else CP949. */
  static Optional<String> decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      return strict(ByteBuffer.wrap(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
    }
    return strict(ByteBuffer.wrap(bytes), StandardCharsets.UTF_8)
        .or(() -> strict(ByteBuffer.wrap(bytes), CP949));
  }

  private static Optional<String> strict(ByteBuffer b, Charset cs) {
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(b)
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** RFC 4180 records; blank lines skipped; empty when a quote is left open. */
  static Optional<List<List<String>>> records(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        any = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          record.add(field.toString());
          out.add(record);
        }
        record = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (quoted) {
      return Optional.empty();
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      out.add(record);
    }
    return Optional.of(out);
  }

  /** Writes records with every field quoted, as 열린재정 exports do. */
  static String write(List<List<String>> records) {
    StringBuilder b = new StringBuilder();
    for (List<String> r : records) {
      for (int i = 0; i < r.size(); i++) {
        b.append(i == 0 ? "" : ",").append('"').append(r.get(i).replace("\"", "\"\"")).append('"');
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Parses an amount as Korean tables write it: digits, commas, a leading minus or △. */
  static Optional<BigDecimal> amount(String raw) {
    String t = raw.strip();
    boolean negative = false;
    if (t.startsWith("△")) {
      negative = true;
      t = t.substring(1).strip();
    } else if (t.startsWith("-")) {
      negative = true;
      t = t.substring(1);
    }
    if (!t.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
      return Optional.empty();
    }
    BigDecimal v = new BigDecimal(t.replace(",", ""));
    return Optional.of(negative ? v.negate() : v);
  }

  /**
   * The totals in won per stage column of an out_YYYY file, leaving out all-zero columns as the
   * importer does; empty when the file is not one the importer may accept.
   */
  static Optional<Map<String, BigDecimal>> stageTotals(byte[] bytes) {
    Optional<List<List<String>>> parsed = decode(bytes).flatMap(ReferenceCsv::records);
    if (parsed.isEmpty() || parsed.get().size() < 2) {
      return Optional.empty();
    }
    List<List<String>> rows = parsed.get();
    List<String> header = rows.get(0).stream().map(String::strip).toList();
    String[] stageColumns = {"금년도예산(천원)", "추경정부안(천원)", "추경국회확정(천원)"};
    String[] stages = {"enacted", "supplementary_1_proposal", "supplementary_1"};
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    boolean[] nonZero = new boolean[3];
    for (int s = 0; s < 3; s++) {
      int c = header.indexOf(stageColumns[s]);
      if (c < 0) {
        return Optional.empty();
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (List<String> row : rows.subList(1, rows.size())) {
        if (row.size() != header.size()) {
          return Optional.empty();
        }
        Optional<BigDecimal> v = amount(row.get(c));
        if (v.isEmpty()) {
          return Optional.empty();
        }
        nonZero[s] |= v.get().signum() != 0;
        sum = sum.add(v.get());
      }
      totals.put(stages[s], sum.multiply(BigDecimal.valueOf(1000)));
    }
    Map<String, BigDecimal> live = new LinkedHashMap<>();
    for (int s = 0; s < 3; s++) {
      if (nonZero[s]) {
        live.put(stages[s], totals.get(stages[s]));
      }
    }
    return Optional.of(live);
  }
}
