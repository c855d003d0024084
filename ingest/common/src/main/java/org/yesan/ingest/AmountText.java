package org.yesan.ingest;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses amounts as budget files write them: {@code 37606155}, {@code -287}, {@code "-566,000"},
 * {@code 12.5}; thousands separators must fall every three digits.
 */
public final class AmountText {

  private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private AmountText() {}

  private static boolean plainInteger(String t) {
    int n = t.length();
    int start = n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
    if (start == n || n - start > 18) {
      return false;
    }
    for (int i = start; i < n; i++) {
      char ch = t.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  /** The exact value, or empty when the text is not an amount. */
  public static Optional<BigDecimal> parse(String text) {
    String t = text.strip();
    if (plainInteger(t)) {
      // The common case in budget files, without the cost of a regular expression.
      return Optional.of(new BigDecimal(t));
    }
    if (PLAIN.matcher(t).matches()) {
      return Optional.of(new BigDecimal(t));
    }
    if (GROUPED.matcher(t).matches()) {
      return Optional.of(new BigDecimal(t.replace(",", "")));
    }
    return Optional.empty();
  }
}
