package org.yesan.linking;

import org.yesan.model.FiscalYear;

/**
 * One manual decision about a link between a line of {@code fromYear} and a line of the next year,
 * named by their path texts, with where it was written.
 */
public record OverrideRule(
    Action action,
    FiscalYear fromYear,
    String from,
    String to,
    String note,
    long line,
    int column) {

  /** Whether the link must exist or must not. */
  public enum Action {
    FORCE,
    FORBID
  }

  public OverrideRule {
    if (action == null || fromYear == null || from == null || to == null || note == null) {
      throw new IllegalArgumentException("an override rule needs action, year, from, to and note");
    }
  }

  public static OverrideRule force(int fromYear, String from, String to, String note) {
    return new OverrideRule(Action.FORCE, FiscalYear.of(fromYear), from, to, note, 0, 0);
  }

  public static OverrideRule forbid(int fromYear, String from, String to, String note) {
    return new OverrideRule(Action.FORBID, FiscalYear.of(fromYear), from, to, note, 0, 0);
  }
}
