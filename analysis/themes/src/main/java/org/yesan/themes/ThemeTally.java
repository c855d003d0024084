package org.yesan.themes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.yesan.model.FiscalYear;
import org.yesan.model.Level;
import org.yesan.model.Stage;
import org.yesan.query.FactsQuery;
import org.yesan.query.LineItem;
import org.yesan.store.FactStore;

/**
 * A running tally of a theme over streamed line items: feed it lines in any order, then read the
 * {@link ThemeResult}. Only tagged and excluded lines are kept (and only when asked), never the
 * whole dataset.
 */
public final class ThemeTally implements Consumer<LineItem> {

  /** The level totals are grouped by when the dataset has it. */
  public static final String GROUP_LEVEL = Level.MINISTRY.id();

  private record Key(String measure, FiscalYear year, Stage stage, Optional<String> group) {}

  private static final class Sum {
    BigDecimal amount = BigDecimal.ZERO;
    long lines;
    BigDecimal outOf = BigDecimal.ZERO;
  }

  private final ThemeMatcher matcher;
  private final boolean keepLines;
  private final int groupIndex;
  private final Map<Key, Sum> totals = new HashMap<>();
  private final Map<Key, Sum> byGroup = new HashMap<>();
  private final List<TaggedLine> lines = new ArrayList<>();
  private final List<Decision.Excluded> excluded = new ArrayList<>();
  private long read;
  private long tagged;
  private long untagged;
  private long outOfScope;

  /**
   * @param keepLines whether to keep the tagged and excluded lines for the result (totals are kept
   *     either way)
   */
  public ThemeTally(ThemeMatcher matcher, boolean keepLines) {
    this.matcher = matcher;
    this.keepLines = keepLines;
    List<Level> levels = matcher.dataset().levels();
    int g = -1;
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).id().equals(GROUP_LEVEL)) {
        g = i;
      }
    }
    this.groupIndex = g;
  }

  /** Applies a theme to the lines a query selects, streaming them from the store. */
  public static ThemeResult apply(
      FactStore store, Theme theme, FactsQuery query, boolean keepLines) {
    ThemeTally tally =
        new ThemeTally(new ThemeMatcher(theme, store.require(query.dataset())), keepLines);
    store.forEachLine(query, tally);
    return tally.result();
  }

  @Override
  public void accept(LineItem line) {
    read++;
    Decision d = matcher.decide(line);
    if (d instanceof Decision.OutOfScope) {
      outOfScope++;
      return;
    }
    Key slice = new Key(line.measure(), line.fiscalYear(), line.stage(), Optional.empty());
    Optional<Key> group =
        groupIndex < 0
            ? Optional.empty()
            : Optional.of(
                new Key(line.measure(), line.fiscalYear(), line.stage(), line.member(groupIndex)));
    add(totals, slice, line, Optional.empty());
    group.ifPresent(k -> add(byGroup, k, line, Optional.empty()));
    if (d instanceof Decision.Tagged t) {
      tagged++;
      add(totals, slice, line, Optional.of(t.tagged()));
      group.ifPresent(k -> add(byGroup, k, line, Optional.of(t.tagged())));
      if (keepLines) {
        lines.add(t.tagged());
      }
    } else {
      untagged++;
      if (keepLines && d instanceof Decision.Excluded e) {
        excluded.add(e);
      }
    }
  }

  /** Adds the line to the group's denominator, or (when tagged) its theme amount to the sum. */
  private static void add(
      Map<Key, Sum> sums, Key key, LineItem line, Optional<TaggedLine> taggedLine) {
    Sum s = sums.computeIfAbsent(key, k -> new Sum());
    if (taggedLine.isPresent()) {
      s.amount = s.amount.add(taggedLine.get().themeAmount());
      s.lines++;
    } else {
      s.outOf = s.outOf.add(line.amount());
    }
  }

  public ThemeResult result() {
    return new ThemeResult(
        matcher.theme(),
        matcher.dataset().name(),
        lines,
        excluded,
        sorted(totals),
        groupIndex < 0 ? Optional.empty() : Optional.of(GROUP_LEVEL),
        sorted(byGroup),
        read,
        tagged,
        untagged,
        outOfScope,
        matcher.absentLevels());
  }

  /** Tagged slices only, by measure, year and stage, then the largest group first. */
  private static List<ThemeTotal> sorted(Map<Key, Sum> sums) {
    return sums.entrySet().stream()
        .filter(e -> e.getValue().lines > 0)
        .map(
            e ->
                new ThemeTotal(
                    e.getKey().measure(),
                    e.getKey().year(),
                    e.getKey().stage(),
                    e.getKey().group(),
                    e.getValue().amount,
                    e.getValue().lines,
                    e.getValue().outOf))
        .sorted(
            Comparator.comparing(ThemeTotal::measure)
                .thenComparing(ThemeTotal::fiscalYear)
                .thenComparing(ThemeTotal::stage)
                .thenComparing(ThemeTotal::amount, Comparator.reverseOrder())
                .thenComparing(t -> t.group().orElse("")))
        .toList();
  }
}
