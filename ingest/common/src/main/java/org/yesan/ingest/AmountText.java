package org.yesan.ingest;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses amounts as budget files write them: {@code 37606155}, {@code -287}, {@code "-566,000"},
 * {@code 12.5}, {@code △1,234}; thousands separators must fall every three digits.
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

  /** Digits an amount may have before its decimal point, in the file's own unit. */
  public static final int MAX_DIGITS = 27;

  /**
   * The exact value, or empty when the text is not an amount or has more than {@link #MAX_DIGITS}
   * digits before its decimal point. A leading {@code △} is a minus sign, as Korean budget tables
   * write decreases.
   */
  public static Optional<BigDecimal> parse(String text) {
    String t = text.strip();
    if (!t.isEmpty() && t.charAt(0) == '\u25B3') {
      String rest = t.substring(1).strip();
      if (rest.isEmpty() || rest.charAt(0) == '-' || rest.charAt(0) == '+') {
        return Optional.empty();
      }
      return parse(rest).map(BigDecimal::negate);
    }
    Optional<BigDecimal> v = parseSigned(t);
    return v.filter(x -> x.precision() - x.scale() <= MAX_DIGITS);
  }

  /** Whether the text is written as an amount but has too many digits to be one. */
  public static boolean tooLong(String text) {
    String t = text.strip();
    if (!t.isEmpty() && t.charAt(0) == '\u25B3') {
      t = t.substring(1).strip();
    }
    return parseSigned(t).filter(x -> x.precision() - x.scale() > MAX_DIGITS).isPresent();
  }

  private static Optional<BigDecimal> parseSigned(String t) {
    if (plainInteger(t)) {
      // The common case in budget files, without the cost of a regular expression; at most 18
      // digits, so it fits a long exactly.
      return Optional.of(BigDecimal.valueOf(Long.parseLong(t)));
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
