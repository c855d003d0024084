package org.yesan.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yesan.query.Cut;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.Order;
import org.yesan.query.QueryException;

/**
 * Reads Babbage's query forms into Yesan's query parts: {@code cut=ref:value;"quoted value"|ref:v},
 * {@code drilldown=a|b}, {@code order=ref:desc,ref}, {@code aggregates=amount.sum|_count}. A ref is
 * a dimension ({@code ministry}) or its attribute ({@code ministry.name}).
 */
final class BabbageGrammar {

  /** Babbage's one measure: the amount, in the currency's base unit. */
  static final String AMOUNT = "amount";

  static final String SUM = "amount.sum";
  static final String COUNT = "_count";
  static final List<String> AGGREGATES = List.of(SUM, COUNT);

  /** The attribute every dimension has: the member's name. */
  static final String ATTRIBUTE = "name";

  private static final Pattern REF = Pattern.compile("[A-Za-z0-9._]*[A-Za-z0-9]");

  private final Dimensions dims;

  BabbageGrammar(Dimensions dims) {
    this.dims = dims;
  }

  /** A parsed cut with the ref as written, for echoing in the response's {@code cell}. */
  record ParsedCut(String ref, Cut cut) {}

  static String attributeRef(String dimension) {
    return dimension + "." + ATTRIBUTE;
  }

  /** The dimension a ref names; throws a QueryException naming the parameter otherwise. */
  String dimension(String parameter, int position, String ref) {
    String r = ref.strip();
    if (!REF.matcher(r).matches()) {
      throw new QueryException(
          parameter,
          position,
          "expected a reference such as ministry or ministry.name, found '" + ref + "'");
    }
    String dim =
        r.endsWith("." + ATTRIBUTE) ? r.substring(0, r.length() - ATTRIBUTE.length() - 1) : r;
    dims.require(parameter, position, dim);
    return dim;
  }

  List<ParsedCut> cuts(String text) {
    List<ParsedCut> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    Set<String> seen = new LinkedHashSet<>();
    int i = 0;
    int n = text.length();
    while (i <= n) {
      int start = i;
      int colon = text.indexOf(':', i);
      int bar = text.indexOf('|', i);
      if (colon < 0 || (bar >= 0 && bar < colon)) {
        int end = bar < 0 ? n : bar;
        throw new QueryException(
            Cuts.PARAMETER,
            start + 1,
            "expected ref:value, found "
                + (end == start ? "nothing" : "'" + text.substring(start, end) + "'"));
      }
      String ref = text.substring(start, colon);
      String dim = dimension(Cuts.PARAMETER, start + 1, ref);
      if (!seen.add(dim)) {
        throw new QueryException(
            Cuts.PARAMETER,
            start + 1,
            "dimension '" + dim + "' is cut twice; list values with ';'");
      }
      List<String> values = new ArrayList<>();
      List<Integer> positions = new ArrayList<>();
      i = colon + 1;
      while (true) {
        positions.add(i + 1);
        StringBuilder v = new StringBuilder();
        if (i < n && text.charAt(i) == '"') {
          i = quoted(text, i, v);
        } else {
          while (i < n && text.charAt(i) != ';' && text.charAt(i) != '|') {
            v.append(text.charAt(i++));
          }
        }
        values.add(v.toString());
        if (i < n && text.charAt(i) == ';') {
          i++;
          continue;
        }
        break;
      }
      out.add(new ParsedCut(ref.strip(), cut(dim, values, positions)));
      if (i >= n) {
        break;
      }
      if (text.charAt(i) != '|') {
        throw new QueryException(
            Cuts.PARAMETER,
            i + 1,
            "expected '|' or ';' after a quoted value, found '" + text.charAt(i) + "'");
      }
      i++;
    }
    return out;
  }

  /** Reads a double-quoted value with backslash escapes; returns the index after the quote. */
  private static int quoted(String text, int open, StringBuilder v) {
    int i = open + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < text.length()) {
        char e = text.charAt(i + 1);
        switch (e) {
          case 'n' -> v.append('\n');
          case 't' -> v.append('\t');
          case 'r' -> v.append('\r');
          case 'u' -> {
            if (i + 6 > text.length() || !text.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
              throw new QueryException(Cuts.PARAMETER, i + 1, "expected \\u and four hex digits");
            }
            v.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
            i += 4;
          }
          default -> v.append(e);
        }
        i += 2;
        continue;
      }
      v.append(c);
      i++;
    }
    throw new QueryException(Cuts.PARAMETER, open + 1, "the quoted value is not closed with '\"'");
  }

  private Cut cut(String dim, List<String> values, List<Integer> positions) {
    List<String> accepted = new ArrayList<>();
    for (int k = 0; k < values.size(); k++) {
      String v = values.get(k);
      int pos = positions.get(k);
      if (v.strip().isEmpty()) {
        throw new QueryException(
            Cuts.PARAMETER, pos, "expected a value for " + dim + ", found nothing");
      }
      boolean plain = v.indexOf(';') < 0 && v.indexOf('|') < 0;
      if (!plain) {
        if (dims.isYear(dim) || Dimensions.STAGE.equals(dim)) {
          throw new QueryException(Cuts.PARAMETER, pos, "'" + v + "' is not a value of " + dim);
        }
        accepted.add(v);
        continue;
      }
      // Yesan's own reader checks years, ranges and stage names; positions are re-based here.
      Cut one;
      try {
        one = Cuts.parse(dim + ":" + v, dims).cuts().get(0);
      } catch (QueryException e) {
        throw new QueryException(Cuts.PARAMETER, pos, Problem.detail(e));
      }
      if (one.range().isPresent()) {
        if (values.size() > 1) {
          throw new QueryException(Cuts.PARAMETER, pos, "a year range cannot be part of a set");
        }
        return one;
      }
      accepted.addAll(one.values());
    }
    return new Cut(dim, accepted, Optional.empty());
  }

  Drilldown drilldown(String text) {
    if (text == null || text.isBlank()) {
      return Drilldown.none();
    }
    List<String> out = new ArrayList<>();
    int pos = 1;
    for (String part : text.split("\\|", -1)) {
      if (part.isBlank()) {
        throw new QueryException(Drilldown.PARAMETER, pos, "expected a dimension, found nothing");
      }
      String dim = dimension(Drilldown.PARAMETER, pos, part);
      if (out.contains(dim)) {
        throw new QueryException(
            Drilldown.PARAMETER, pos, "dimension '" + dim + "' is named twice");
      }
      out.add(dim);
      pos += part.length() + 1;
    }
    return new Drilldown(out);
  }

  /** An order key as written (ref, direction) and as Yesan reads it. */
  record ParsedOrder(List<List<String>> written, Order order) {}

  ParsedOrder order(String text) {
    List<List<String>> written = new ArrayList<>();
    List<Order.Key> keys = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new ParsedOrder(written, Order.none());
    }
    int pos = 1;
    for (String part : text.split(",", -1)) {
      String p = part.strip();
      int colon = p.lastIndexOf(':');
      String ref = colon < 0 ? p : p.substring(0, colon).strip();
      String dir = colon < 0 ? "asc" : p.substring(colon + 1).strip();
      if (!dir.equals("asc") && !dir.equals("desc")) {
        throw new QueryException(
            Order.PARAMETER, pos + colon + 1, "expected asc or desc, found '" + dir + "'");
      }
      String field =
          switch (ref) {
            case SUM, AMOUNT -> Order.AMOUNT;
            case COUNT -> Order.COUNT;
            default -> dimension(Order.PARAMETER, pos, ref);
          };
      keys.add(new Order.Key(field, dir.equals("desc")));
      written.add(List.of(ref, dir));
      pos += part.length() + 1;
    }
    return new ParsedOrder(written, new Order(keys));
  }

  static List<String> aggregates(String text) {
    if (text == null || text.isBlank()) {
      return AGGREGATES;
    }
    List<String> out = new ArrayList<>();
    int pos = 1;
    for (String part : text.split("\\|", -1)) {
      String a = part.strip();
      if (!AGGREGATES.contains(a)) {
        throw new QueryException(
            "aggregates", pos, "expected amount.sum or _count, found '" + a + "'");
      }
      if (!out.contains(a)) {
        out.add(a);
      }
      pos += part.length() + 1;
    }
    return out;
  }
}
