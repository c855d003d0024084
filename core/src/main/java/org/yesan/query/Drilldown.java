package org.yesan.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The dimensions to group by, in order, written {@code ministry,program}. */
public record Drilldown(List<String> dimensions) {

  public static final String PARAMETER = "drilldown";

  public Drilldown {
    dimensions = List.copyOf(dimensions);
  }

  public static Drilldown none() {
    return new Drilldown(List.of());
  }

  /** Parses {@code a,b,c}; blank text means no drilldown. */
  public static Drilldown parse(String text) {
    if (text == null || text.isBlank()) {
      return none();
    }
    List<String> dims = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int pos = 1;
    for (String part : text.split(",", -1)) {
      String id = part.strip();
      if (id.isEmpty()) {
        throw new QueryException(PARAMETER, pos, "expected a dimension name, found nothing");
      }
      if (!seen.add(id)) {
        throw new QueryException(PARAMETER, pos, "dimension '" + id + "' is named twice");
      }
      dims.add(id);
      pos += part.length() + 1;
    }
    return new Drilldown(dims);
  }

  /** Checks every dimension exists in the dataset. */
  public Drilldown validate(Dimensions dims) {
    int pos = 1;
    for (String d : dimensions) {
      dims.require(PARAMETER, pos, d);
      pos += d.length() + 1;
    }
    return this;
  }

  public boolean contains(String dimension) {
    return dimensions.contains(dimension);
  }

  @Override
  public String toString() {
    return String.join(",", dimensions);
  }
}
