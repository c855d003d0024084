package org.yesan.themes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A theme applied to a dataset: the tagged lines with their evidence (when kept), the lines an
 * exclusion took out again, totals per (measure, fiscal year, stage) and per member of the grouping
 * level within each, and counts of what was read. Totals never add different measures or stages.
 *
 * @param groupLevel the level totals are grouped by: {@code ministry} when the dataset has it
 * @param absentLevels level ids the theme names that the dataset lacks; rules on them never match
 */
public record ThemeResult(
    Theme theme,
    String dataset,
    List<TaggedLine> lines,
    List<Decision.Excluded> excluded,
    List<ThemeTotal> totals,
    Optional<String> groupLevel,
    List<ThemeTotal> byGroup,
    long linesRead,
    long tagged,
    long untagged,
    long outOfScope,
    List<String> absentLevels) {

  public ThemeResult {
    lines = List.copyOf(lines);
    excluded = List.copyOf(excluded);
    totals = List.copyOf(totals);
    byGroup = List.copyOf(byGroup);
    absentLevels = List.copyOf(absentLevels);
  }

  /** The total of one slice, if the theme tagged anything in it. */
  public Optional<ThemeTotal> total(String measure, int fiscalYear, String stage) {
    return totals.stream()
        .filter(
            t ->
                t.measure().equals(measure)
                    && t.fiscalYear().value() == fiscalYear
                    && t.stage().id().equals(stage))
        .findFirst();
  }

  /** The amount of one slice; zero when nothing was tagged there. */
  public BigDecimal amount(String measure, int fiscalYear, String stage) {
    return total(measure, fiscalYear, stage).map(ThemeTotal::amount).orElse(BigDecimal.ZERO);
  }
}
