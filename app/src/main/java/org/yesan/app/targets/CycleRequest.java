package org.yesan.app.targets;

import java.util.Optional;

/** Which budget cycles to list: one fiscal year's or every year's in the data. */
public record CycleRequest(Optional<Integer> year) {

  public static final String YEAR = "year";
}
