package org.yesan.claims.text;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a subject's figures live in a dataset: a measure, and optionally one member of one level
 * ({@code sector_allocation} + {@code sector:defense}).
 */
public record SubjectTarget(String measure, Optional<String> level, Optional<String> member) {

  public SubjectTarget {
    Objects.requireNonNull(measure, "measure");
    if (level.isPresent() != member.isPresent()) {
      throw new IllegalArgumentException(
          "a target names a level and a member together, or neither");
    }
  }

  /** The whole measure, no member. */
  public static SubjectTarget measure(String measure) {
    return new SubjectTarget(measure, Optional.empty(), Optional.empty());
  }

  /** One member of one level of a measure. */
  public static SubjectTarget member(String measure, String level, String member) {
    return new SubjectTarget(measure, Optional.of(level), Optional.of(member));
  }

  @Override
  public String toString() {
    return "measure:" + measure + level.map(l -> " " + l + ":" + member.orElseThrow()).orElse("");
  }
}
