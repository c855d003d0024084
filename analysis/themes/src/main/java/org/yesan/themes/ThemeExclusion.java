package org.yesan.themes;

/**
 * A theme-wide exclusion: a line it matches is never tagged, whichever rule would match it, such as
 * civil defence (민방위) in a defence theme.
 */
public record ThemeExclusion(String id, Match match, String note, long line) {

  public static ThemeExclusion of(String id, Match match) {
    return new ThemeExclusion(id, match, "", 0);
  }
}
