package org.yesan.themes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A keyword of a theme rule, found in member names as a substring; where the keyword begins or ends
 * with a Latin letter or digit, the neighbouring character must not be one, so that {@code AI} is
 * found in {@code AI융합} and {@code (AI)} but not in {@code MAIN}, {@code TRAIN} or {@code
 * 서울대AID차관사업}. Hangul ends have no such boundary, because Korean compounds are written without
 * spaces ({@code 국방} must be found in {@code 국방부}); Korean false friends are masked with {@link
 * Match#notWithin()} instead. Latin letters are compared without regard to case.
 */
public record Keyword(String text) {

  public Keyword {
    text = normalize(text);
    if (text.isBlank() || !text.equals(text.strip())) {
      throw new IllegalArgumentException(
          "a keyword must be non-blank text without surrounding spaces, found '" + text + "'");
    }
  }

  /** Where a keyword occurs in a text: {@code [start, end)} in the normalized text. */
  public record Span(int start, int end) {
    boolean within(Span other) {
      return other.start <= start && end <= other.end;
    }
  }

  /** Every occurrence of this keyword in the text that respects the Latin word boundaries. */
  public List<Span> find(String haystack) {
    String h = fold(normalize(haystack));
    String k = fold(text);
    boolean boundedStart = isLatinOrDigit(k.charAt(0));
    boolean boundedEnd = isLatinOrDigit(k.charAt(k.length() - 1));
    List<Span> out = new ArrayList<>();
    for (int i = h.indexOf(k); i >= 0; i = h.indexOf(k, i + 1)) {
      int end = i + k.length();
      boolean startOk = !boundedStart || i == 0 || !isLatinOrDigit(h.charAt(i - 1));
      boolean endOk = !boundedEnd || end == h.length() || !isLatinOrDigit(h.charAt(end));
      if (startOk && endOk) {
        out.add(new Span(i, end));
      }
    }
    return out;
  }

  /** Whether the keyword occurs in the text at all, respecting boundaries. */
  public boolean occursIn(String haystack) {
    return !find(haystack).isEmpty();
  }

  /** Source text is compared in composed form, so decomposed Hangul jamo still match. */
  static String normalize(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Folds ASCII letters only, which keeps every index of the text unchanged. */
  private static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + ('a' - 'A'));
      }
    }
    return new String(c);
  }

  private static boolean isLatinOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  @Override
  public String toString() {
    return text;
  }
}
