package org.yesan.themes;

import org.yesan.query.LineItem;

/** What a theme makes of one line item: tagged, excluded after a rule matched, or untouched. */
public sealed interface Decision {

  LineItem line();

  /** The line belongs to the theme. */
  record Tagged(TaggedLine tagged) implements Decision {
    @Override
    public LineItem line() {
      return tagged.line();
    }
  }

  /**
   * A rule matched the line but an exclusion took it out again.
   *
   * @param rule the rule that matched
   * @param exclusion the exclusion that won, with the text it matched
   */
  record Excluded(LineItem line, String rule, Evidence exclusion) implements Decision {}

  /** No rule matched the line. */
  record Untagged(LineItem line) implements Decision {}

  /** The line's measure is outside the theme's scope (e.g. revenue for a spending theme). */
  record OutOfScope(LineItem line) implements Decision {}
}
