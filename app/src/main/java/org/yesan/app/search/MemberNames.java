package org.yesan.app.search;

import java.util.Optional;
import org.yesan.ingest.headline.Sector;

/**
 * Korean and English names of members stored under an id: the twelve headline sectors are stored as
 * {@code defense} and read as 국방 / defense; every other member is its own name.
 */
public record MemberNames(String ko, String en) {

  /** The names of {@code member} of {@code level}. */
  public static MemberNames of(String level, String member) {
    if (level.equals("sector")) {
      Optional<Sector> s = Sector.byId(member);
      if (s.isPresent()) {
        return new MemberNames(s.get().labelKo(), s.get().labelEn());
      }
    }
    return new MemberNames(member, member);
  }

  /** Whether the member's id or either name contains {@code needle}, ignoring case and spaces. */
  public boolean matches(String member, String needle) {
    return folded(member).contains(needle)
        || folded(ko).contains(needle)
        || folded(en).contains(needle);
  }

  /** Lower case without spaces, as names are compared. */
  public static String folded(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
  }
}
