package org.yesan.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * All cuts of a query, written {@code dim:value[;value]|dim:value}; cuts on different dimensions
 * are combined with AND, values of one cut with OR.
 */
public record Cuts(List<Cut> cuts) {

  public static final String PARAMETER = "cut";

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})-(\\d{4})");

  public Cuts {
    cuts = List.copyOf(cuts);
    Set<String> seen = new LinkedHashSet<>();
    for (Cut c : cuts) {
      if (!seen.add(c.dimension())) {
        throw new QueryException(
            PARAMETER, 0, "dimension '" + c.dimension() + "' is cut twice; list values with ';'");
      }
    }
  }

  public static Cuts none() {
    return new Cuts(List.of());
  }

  /** Parses the textual form; values may contain any character but '|' and ';'. */
  public static Cuts parse(String text, Dimensions dims) {
    if (text == null || text.isBlank()) {
      return none();
    }
    List<Cut> out = new ArrayList<>();
    int pos = 1;
    for (String part : text.split("\\|", -1)) {
      out.add(parseOne(part, pos, dims));
      pos += part.length() + 1;
    }
    return new Cuts(out);
  }

  private static Cut parseOne(String part, int pos, Dimensions dims) {
    int colon = part.indexOf(':');
    if (colon < 0) {
      throw new QueryException(
          PARAMETER,
          pos,
          "expected dimension:value, found " + (part.isEmpty() ? "nothing" : "'" + part + "'"));
    }
    String dim = part.substring(0, colon).strip();
    dims.require(PARAMETER, pos, dim);
    String rest = part.substring(colon + 1);
    int valuePos = pos + colon + 1;
    if (dims.isYear(dim)) {
      Matcher range = YEAR_RANGE.matcher(rest.strip());
      if (range.matches()) {
        int from = Integer.parseInt(range.group(1));
        int to = Integer.parseInt(range.group(2));
        if (from > to) {
          throw new QueryException(
              PARAMETER, valuePos, "year range runs backwards: " + rest.strip());
        }
        return Cut.years(dim, from, to);
      }
    }
    List<String> values = new ArrayList<>();
    int vpos = valuePos;
    for (String v : rest.split(";", -1)) {
      String value = v.strip();
      if (value.isEmpty()) {
        throw new QueryException(
            PARAMETER, vpos, "expected a value for " + dim + ", found nothing");
      }
      if (dims.isYear(dim) && !YEAR.matcher(value).matches()) {
        throw new QueryException(
            PARAMETER,
            vpos,
            "expected a year such as 2018 or a range such as 2015-2018, found '" + value + "'");
      }
      if (Dimensions.STAGE.equals(dim)) {
        try {
          value = org.yesan.model.Stage.parse(value).id();
        } catch (IllegalArgumentException e) {
          throw new QueryException(PARAMETER, vpos, e.getMessage());
        }
      }
      values.add(value);
      vpos += v.length() + 1;
    }
    return new Cut(dim, values, Optional.empty());
  }

  public Optional<Cut> on(String dimension) {
    return cuts.stream().filter(c -> c.dimension().equals(dimension)).findFirst();
  }

  /** A copy with a cut added or replaced. */
  public Cuts with(Cut cut) {
    List<Cut> out = new ArrayList<>();
    for (Cut c : cuts) {
      if (!c.dimension().equals(cut.dimension())) {
        out.add(c);
      }
    }
    out.add(cut);
    return new Cuts(out);
  }

  @Override
  public String toString() {
    return cuts.stream().map(Cut::toString).collect(Collectors.joining("|"));
  }
}
