package org.yesan.themes;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One rule of a theme: what it matches, what it must not match, the share of a matched line's
 * amount that counts towards the theme (1 for the whole line), a note saying why, and the line of
 * the rule file where it is written.
 */
public record ThemeRule(
    String id, Match match, Optional<Match> exclude, BigDecimal share, String note, long line) {

  public ThemeRule {
    if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "rule " + id + ": share must be in (0, 1], found " + share.toPlainString());
    }
  }

  /** A whole-line rule with no exclusion, for tests and programmatic themes. */
  public static ThemeRule of(String id, Match match) {
    return new ThemeRule(id, match, Optional.empty(), BigDecimal.ONE, "", 0);
  }

  public ThemeRule withShare(String decimal) {
    return new ThemeRule(id, match, exclude, new BigDecimal(decimal), note, line);
  }

  public ThemeRule excluding(Match m) {
    return new ThemeRule(id, match, Optional.of(m), share, note, line);
  }
}
