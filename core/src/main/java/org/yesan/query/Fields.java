package org.yesan.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which fields a listing of line items returns, written {@code ministry,program,amount}: any
 * dimension, {@code amount}, {@code source_file} or {@code source_line}; blank means all.
 */
public record Fields(List<String> names) {

  public static final String PARAMETER = "fields";
  public static final List<String> PROVENANCE = List.of("amount", "source_file", "source_line");

  public Fields {
    names = List.copyOf(names);
  }

  public static Fields all() {
    return new Fields(List.of());
  }

  public boolean isAll() {
    return names.isEmpty();
  }

  public boolean includes(String field) {
    return names.isEmpty() || names.contains(field);
  }

  /** Parses and validates the field list against a dataset's dimensions. */
  public static Fields parse(String text, Dimensions dims) {
    if (text == null || text.isBlank()) {
      return all();
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int pos = 1;
    for (String part : text.split(",", -1)) {
      String f = part.strip();
      if (f.isEmpty()) {
        throw new QueryException(PARAMETER, pos, "expected a field name, found nothing");
      }
      if (!PROVENANCE.contains(f) && !dims.exists(f)) {
        throw new QueryException(
            PARAMETER,
            pos,
            "unknown field '"
                + f
                + "'; fields are the dimensions ("
                + String.join(", ", dims.ids())
                + ") and "
                + String.join(", ", PROVENANCE));
      }
      if (!seen.add(f)) {
        throw new QueryException(PARAMETER, pos, "field '" + f + "' is named twice");
      }
      out.add(f);
      pos += part.length() + 1;
    }
    return new Fields(out);
  }
}
