package org.yesan.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One amount of one line item: its members on each level, the year, stage and measure, and where in
 * the source it came from.
 *
 * <p>{@code members} is aligned with the level list of the batch that produced the fact; an absent
 * member (a line with no 계정, say) is an empty {@link Optional}. {@code reportedIn} is the fiscal
 * year of the document that reported the figure: Korean budget books restate last year's enacted
 * budget in this year's classification (전년도당초금액), and that restatement is kept apart from last
 * year's own figure. {@code amount} is exact, in the currency's base unit (원, dollar), already
 * converted from the source unit.
 */
public record Fact(
    List<Optional<String>> members,
    FiscalYear fiscalYear,
    Stage stage,
    String measure,
    FiscalYear reportedIn,
    BigDecimal amount,
    long sourceLine) {

  public Fact {
    members = Collections.unmodifiableList(new ArrayList<>(members));
    if (fiscalYear == null || stage == null || measure == null || reportedIn == null) {
      throw new IllegalArgumentException("a fact needs a year, a stage, a measure and a vintage");
    }
    if (amount == null) {
      throw new IllegalArgumentException("a fact needs an amount");
    }
    if (sourceLine < 0) {
      throw new IllegalArgumentException("source line must not be negative, found " + sourceLine);
    }
  }
}
