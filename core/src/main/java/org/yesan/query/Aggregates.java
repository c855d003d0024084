package org.yesan.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which aggregates of the amounts a result reports, written {@code sum,count,min,max}; every cell
 * is computed with all four, and this value says which to show.
 */
public record Aggregates(List<Function> functions) {

  public static final String PARAMETER = "aggregates";

  /** An aggregate function over the amounts of a cell's facts. */
  public enum Function {
    SUM,
    COUNT,
    MIN,
    MAX;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Aggregates {
    functions = List.copyOf(functions);
    if (functions.isEmpty()) {
      throw new QueryException(PARAMETER, 0, "at least one aggregate is required");
    }
  }

  /** Sum and count, what a plain aggregate query reports. */
  public static Aggregates defaults() {
    return new Aggregates(List.of(Function.SUM, Function.COUNT));
  }

  /** Parses {@code sum,count,min,max}; blank text means the defaults. */
  public static Aggregates parse(String text) {
    if (text == null || text.isBlank()) {
      return defaults();
    }
    Set<Function> out = new LinkedHashSet<>();
    int pos = 1;
    for (String part : text.split(",", -1)) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      Function f = null;
      for (Function candidate : Function.values()) {
        if (candidate.id().equals(p)) {
          f = candidate;
        }
      }
      if (f == null) {
        throw new QueryException(
            PARAMETER,
            pos,
            "expected sum, count, min or max, found "
                + (p.isEmpty() ? "nothing" : "'" + part.strip() + "'"));
      }
      if (!out.add(f)) {
        throw new QueryException(PARAMETER, pos, "aggregate '" + p + "' is named twice");
      }
      pos += part.length() + 1;
    }
    return new Aggregates(new ArrayList<>(out));
  }

  public boolean has(Function f) {
    return functions.contains(f);
  }
}
