package org.yesan.realterms;

import java.util.List;

/**
 * One part of a conversion: what it does, the exact factor it contributes and the published values
 * (with their sources) the factor was made of.
 */
public record Step(Kind kind, Factor factor, List<Observation> values, String description) {

  /** The three kinds of normalisation. */
  public enum Kind {
    DEFLATE,
    PER_CAPITA,
    CURRENCY
  }

  public Step {
    values = List.copyOf(values);
  }

  /** The description followed by the distinct sources of its values. */
  public String describe() {
    List<String> cited = values.stream().map(o -> o.source().citation()).distinct().toList();
    return description + " [source: " + String.join("; ", cited) + "]";
  }
}
