package org.yesan.claims.text;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number found in running text: where it is, what it counts, its exact value and the precision
 * the text stated it to, and how the text qualified it.
 *
 * @param start offset of the first character of the mention (UTF-16, inclusive)
 * @param end offset after its last character (exclusive)
 * @param text the mention as written, qualifiers included ({@code 약 3천억 원}, {@code over 5
 *     trillion})
 * @param kind money, percent, percentage points or a count
 * @param value exact value in base units (원, dollars) for money; the number itself otherwise
 *     ({@code 8.1} for 8.1%)
 * @param step place value of the last digit written, in the same units as value
 * @param upper the upper end when the text gives a range ({@code 5~6조원}); value is then the lower
 *     end
 * @param currency ISO code for money
 * @param approximation the qualifier the text put on the figure
 */
public record NumberMention(
    int start,
    int end,
    String text,
    MentionKind kind,
    BigDecimal value,
    BigDecimal step,
    Optional<BigDecimal> upper,
    Optional<String> currency,
    Approximation approximation) {

  public NumberMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(step, "step");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** Whether this is money in the given currency. */
  public boolean isMoneyIn(String code) {
    return kind == MentionKind.AMOUNT && currency.filter(code::equals).isPresent();
  }
}
