package org.yesan.claims.text;

import java.util.Optional;

/** A year a sentence names, absolute or relative. */
record YearWord(int start, int end, String text, Optional<Integer> year, int offset, boolean base) {

  /** The offset of a word counted from the claim's own year (전년), not from the text's date. */
  static final int FROM_CLAIM_YEAR = Integer.MIN_VALUE;

  /** Whether the word counts from the claim's own year: "the previous year", 전년. */
  boolean fromClaimYear() {
    return year.isEmpty() && offset == FROM_CLAIM_YEAR;
  }
}
