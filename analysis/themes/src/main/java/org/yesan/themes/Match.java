package org.yesan.themes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a rule looks for in a line's member names: on the named levels (every level when none are
 * named), any of the keywords, an exact member name, a regular expression or a path prefix, and all
 * of the {@code allOfKeywords} besides; keyword occurrences inside a {@code notWithin} term (a
 * false friend such as 한국방송 for 국방) do not count.
 */
public record Match(
    Optional<List<String>> levels,
    List<Keyword> anyOfKeywords,
    List<Keyword> allOfKeywords,
    Optional<String> regex,
    List<String> members,
    List<String> pathPrefixes,
    List<Keyword> notWithin) {

  public Match {
    levels = levels.map(List::copyOf);
    anyOfKeywords = List.copyOf(anyOfKeywords);
    allOfKeywords = List.copyOf(allOfKeywords);
    members = members.stream().map(Keyword::normalize).toList();
    pathPrefixes = pathPrefixes.stream().map(Keyword::normalize).toList();
    notWithin = List.copyOf(notWithin);
    if (anyOfKeywords.isEmpty() && regex.isEmpty() && members.isEmpty() && pathPrefixes.isEmpty()) {
      throw new IllegalArgumentException(
          "a match needs any_of_keywords, regex, members or path_prefixes");
    }
    regex.ifPresent(Pattern::compile);
  }

  /** A match on any of these keywords, on any level. */
  public static Match anyOf(String... keywords) {
    return new Match(
        Optional.empty(),
        keywords(keywords),
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of());
  }

  /** A copy that only looks at these levels. */
  public Match onLevels(String... levelIds) {
    return new Match(
        Optional.of(List.of(levelIds)),
        anyOfKeywords,
        allOfKeywords,
        regex,
        members,
        pathPrefixes,
        notWithin);
  }

  /** A copy in which keyword occurrences inside these terms do not count. */
  public Match notWithin(String... terms) {
    return new Match(
        levels, anyOfKeywords, allOfKeywords, regex, members, pathPrefixes, keywords(terms));
  }

  /** A copy that also requires every one of these keywords. */
  public Match allOf(String... keywords) {
    return new Match(
        levels, anyOfKeywords, keywords(keywords), regex, members, pathPrefixes, notWithin);
  }

  static List<Keyword> keywords(String... texts) {
    return java.util.Arrays.stream(texts).map(Keyword::new).toList();
  }
}
