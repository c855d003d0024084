package org.yesan.themes;

import java.math.BigDecimal;
import java.util.List;
import org.yesan.query.LineItem;

/**
 * A line item that belongs to a theme: the line, the share of it that counts, the amount that
 * counts (amount × share, exact), the evidence of the rule that decided it, and the ids of other
 * rules that also matched it but came later in the file.
 */
public record TaggedLine(
    LineItem line, BigDecimal share, Evidence evidence, List<String> alsoMatched) {

  public TaggedLine {
    alsoMatched = List.copyOf(alsoMatched);
  }

  /** The amount that counts towards the theme: the line's amount times the share, exactly. */
  public BigDecimal themeAmount() {
    return plain(
        share.compareTo(BigDecimal.ONE) == 0 ? line.amount() : line.amount().multiply(share));
  }

  /** The same value without trailing fractional zeros: 500 for 500.0, 0.5 for 0.50. */
  static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
