package org.yesan.query;

import java.util.List;
import java.util.Optional;

/**
 * A filter on one dimension: a set of accepted values ({@code ministry:국방부;병무청}) or, on year
 * dimensions, an inclusive range ({@code fiscal_year:2015-2018}).
 */
public record Cut(String dimension, List<String> values, Optional<YearRange> range) {

  /** An inclusive range of years. */
  public record YearRange(int from, int to) {
    public YearRange {
      if (from > to) {
        throw new IllegalArgumentException("year range runs backwards: " + from + "-" + to);
      }
    }
  }

  public Cut {
    values = List.copyOf(values);
    if (values.isEmpty() == range.isEmpty()) {
      throw new IllegalArgumentException("a cut has either values or a range");
    }
  }

  public static Cut of(String dimension, String... values) {
    return new Cut(dimension, List.of(values), Optional.empty());
  }

  public static Cut years(String dimension, int from, int to) {
    return new Cut(dimension, List.of(), Optional.of(new YearRange(from, to)));
  }

  @Override
  public String toString() {
    return dimension
        + ":"
        + range.map(r -> r.from() + "-" + r.to()).orElseGet(() -> String.join(";", values));
  }
}
