package org.yesan.linking;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Compares budget line names after normalisation: Dice's coefficient on character bigrams, which
 * suits Korean names whose renames mostly swap or insert a few syllables.
 */
public final class NameSimilarity {

  private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameSimilarity() {}

  /**
   * The name without parentheticals (which mostly name the account, such as {@code (농특)} or {@code
   * (R&D)}), spaces and punctuation, letters lower-cased.
   */
  public static String normalise(String name) {
    String s = name;
    String previous;
    do {
      previous = s;
      s = PARENTHETICAL.matcher(s).replaceAll("");
    } while (!s.equals(previous));
    return NOT_A_LETTER.matcher(s).replaceAll("").toLowerCase(java.util.Locale.ROOT);
  }

  /** The name without spaces and punctuation but with the words of its parentheticals kept. */
  public static String compact(String name) {
    return NOT_A_LETTER.matcher(name).replaceAll("").toLowerCase(java.util.Locale.ROOT);
  }

  /** Sorted bigram codes of a string; a one-character string is its own single gram. */
  static int[] bigrams(String s) {
    if (s.isEmpty()) {
      return new int[0];
    }
    if (s.length() == 1) {
      return new int[] {s.charAt(0)};
    }
    int[] grams = new int[s.length() - 1];
    for (int i = 0; i + 1 < s.length(); i++) {
      grams[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
    }
    Arrays.sort(grams);
    return grams;
  }

  /** Dice's coefficient of two sorted bigram multisets; 1 for two empty names. */
  static double dice(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }

  /** Dice's coefficient of two strings' character bigrams. */
  public static double dice(String a, String b) {
    return dice(bigrams(a), bigrams(b));
  }
}
