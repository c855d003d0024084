package org.yesan.themes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A cross-cutting theme (AI, defence, …) as read from a versioned rule file: labels, the measures
 * it applies to, its rules in priority order, theme-wide exclusions and its changelog.
 *
 * @param source where the rules were read from, named in every tagged line's evidence
 */
public record Theme(
    String id,
    String version,
    String labelKo,
    String labelEn,
    String description,
    Scope appliesTo,
    List<ThemeRule> rules,
    List<ThemeExclusion> excludes,
    List<ChangelogEntry> changelog,
    String source) {

  public Theme {
    rules = List.copyOf(rules);
    excludes = List.copyOf(excludes);
    changelog = List.copyOf(changelog);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("theme " + id + " has no rules");
    }
    Set<String> ids = new HashSet<>();
    for (ThemeRule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("theme " + id + " has two rules named " + r.id());
      }
    }
    for (ThemeExclusion e : excludes) {
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException("theme " + id + " has two rules named " + e.id());
      }
    }
  }

  /** A theme written in code, for tests and quick experiments. */
  public static Theme of(String id, List<ThemeRule> rules, List<ThemeExclusion> excludes) {
    return new Theme(id, "0", id, id, "", Scope.ANY, rules, excludes, List.of(), "theme " + id);
  }

  /** Every level id the theme's rules and exclusions name. */
  public Set<String> namedLevels() {
    Set<String> out = new java.util.TreeSet<>();
    for (ThemeRule r : rules) {
      r.match().levels().ifPresent(out::addAll);
      r.exclude().flatMap(Match::levels).ifPresent(out::addAll);
    }
    for (ThemeExclusion e : excludes) {
      e.match().levels().ifPresent(out::addAll);
    }
    return out;
  }
}
