package org.yesan.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.query.LineItem;

/**
 * A theme bound to one dataset's model: decides, line by line and without any I/O, whether a line
 * item belongs to the theme and why. Rules are tried in file order and the first that matches
 * decides the share; a theme-wide exclusion overrides every rule.
 */
public final class ThemeMatcher {

  private record BoundRule(ThemeRule rule, BoundMatch match, Optional<BoundMatch> exclude) {}

  private record BoundExclusion(ThemeExclusion exclusion, BoundMatch match) {}

  private final Theme theme;
  private final DatasetInfo dataset;
  private final List<BoundRule> rules = new ArrayList<>();
  private final List<BoundExclusion> excludes = new ArrayList<>();

  public ThemeMatcher(Theme theme, DatasetInfo dataset) {
    this.theme = theme;
    this.dataset = dataset;
    List<Level> levels = dataset.levels();
    for (ThemeRule r : theme.rules()) {
      rules.add(
          new BoundRule(
              r,
              new BoundMatch(r.match(), levels),
              r.exclude().map(e -> new BoundMatch(e, levels))));
    }
    for (ThemeExclusion e : theme.excludes()) {
      excludes.add(new BoundExclusion(e, new BoundMatch(e.match(), levels)));
    }
  }

  public Theme theme() {
    return theme;
  }

  public DatasetInfo dataset() {
    return dataset;
  }

  /** Level ids the theme names that this dataset does not have: rules on them never match. */
  public List<String> absentLevels() {
    return theme.namedLevels().stream().filter(l -> dataset.level(l).isEmpty()).toList();
  }

  /** Decides one line. */
  public Decision decide(LineItem line) {
    Measure m =
        dataset
            .measure(line.measure())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "line of measure "
                            + line.measure()
                            + " is not of dataset "
                            + dataset.name()));
    if (!theme.appliesTo().covers(m)) {
      return new Decision.OutOfScope(line);
    }
    List<BoundRule> matched = new ArrayList<>();
    List<BoundMatch.Hit> hits = new ArrayList<>();
    Optional<Decision.Excluded> ruleExcluded = Optional.empty();
    for (BoundRule r : rules) {
      Optional<BoundMatch.Hit> hit = r.match().test(line);
      if (hit.isEmpty()) {
        continue;
      }
      Optional<BoundMatch.Hit> ex = r.exclude().flatMap(e -> e.test(line));
      if (ex.isPresent()) {
        if (ruleExcluded.isEmpty()) {
          ruleExcluded =
              Optional.of(
                  new Decision.Excluded(
                      line,
                      r.rule().id(),
                      evidence(r.rule().id() + ".exclude", r.rule().line(), ex.get(), line)));
        }
        continue;
      }
      matched.add(r);
      hits.add(hit.get());
    }
    if (matched.isEmpty()) {
      return ruleExcluded.isPresent() ? ruleExcluded.get() : new Decision.Untagged(line);
    }
    BoundRule first = matched.get(0);
    for (BoundExclusion e : excludes) {
      Optional<BoundMatch.Hit> ex = e.match().test(line);
      if (ex.isPresent()) {
        return new Decision.Excluded(
            line,
            first.rule().id(),
            evidence(e.exclusion().id(), e.exclusion().line(), ex.get(), line));
      }
    }
    List<String> also =
        matched.subList(1, matched.size()).stream().map(r -> r.rule().id()).toList();
    return new Decision.Tagged(
        new TaggedLine(
            line,
            first.rule().share(),
            evidence(first.rule().id(), first.rule().line(), hits.get(0), line),
            also));
  }

  /** The tagged line, when the line belongs to the theme. */
  public Optional<TaggedLine> tag(LineItem line) {
    return decide(line) instanceof Decision.Tagged t ? Optional.of(t.tagged()) : Optional.empty();
  }

  private Evidence evidence(String id, long ruleLine, BoundMatch.Hit hit, LineItem line) {
    String where = ruleLine > 0 ? theme.source() + ":" + ruleLine : theme.source();
    return new Evidence(
        id, hit.level(), hit.member(), hit.matched(), where, line.sourceFile(), line.sourceLine());
  }
}
