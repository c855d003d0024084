package org.yesan.themes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * A theme's exact amount in one slice (measure, fiscal year, stage), optionally for one member of
 * the grouping level (a ministry), with how many lines made it up and the amount of every in-scope
 * line of the same group, so that the theme can be read as a share of the budget.
 *
 * @param amount the sum of amount × share over the tagged lines; exact, never rounded
 * @param outOf the sum over every in-scope line of the same group, tagged or not
 */
public record ThemeTotal(
    String measure,
    FiscalYear fiscalYear,
    Stage stage,
    Optional<String> group,
    BigDecimal amount,
    long lines,
    BigDecimal outOf) {

  public ThemeTotal {
    amount = TaggedLine.plain(amount);
    outOf = TaggedLine.plain(outOf);
  }

  /** The amount in whole currency units, rounded as named (partial shares can leave fractions). */
  public BigDecimal wholeUnits(RoundingMode mode) {
    return amount.setScale(0, mode);
  }

  /** The theme's share of the group in percent, to {@code scale} places, rounded as named. */
  public Optional<BigDecimal> percentOfGroup(int scale, RoundingMode mode) {
    if (outOf.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(amount.multiply(BigDecimal.valueOf(100)).divide(outOf, scale, mode));
  }
}
