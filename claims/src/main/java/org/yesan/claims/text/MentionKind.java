package org.yesan.claims.text;

/**
 * What a number in running text counts: money, a percentage, percentage points, things, or a ratio.
 */
public enum MentionKind {
  AMOUNT,
  PERCENT,
  PERCENTAGE_POINTS,
  COUNT,
  /** A ratio named in words: 3 for {@code triple}, 2 for {@code 두 배}. */
  MULTIPLE,
  /** A number with no unit at all: a table cell such as {@code 651.8}. */
  UNITLESS
}
