package org.yesan.claims;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the check concluded about one claim. */
public enum Verdict {
  /**
   * The data (or the text's own figures, for a relation) give the stated figure within rounding.
   */
  SUPPORTED,
  /** The data give a different figure; the report says which. */
  CONTRADICTED,
  /** The text's own figures disagree: a stated rate that the stated amounts cannot produce. */
  INCONSISTENT,
  /** The figure cannot be right whatever the data: a sector larger than the whole budget. */
  IMPLAUSIBLE,
  /** No data for that subject, year or stage; the report says what is missing. */
  UNVERIFIABLE;

  /** The lower-case id used in JSON, tables and the labelled set: {@code supported}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The verdict with this id. */
  public static Verdict parse(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT));
  }
}
