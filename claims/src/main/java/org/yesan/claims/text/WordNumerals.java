package org.yesan.claims.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as broadcasters write them ({@code nine-point-three percent}, {@code 513-point-five
 * trillion won}, {@code one-point-one quadrillion won}, {@code 60-trillion-won}) rewritten as
 * digits in a copy of the text of the same length, so that every offset still points into the
 * original.
 */
final class WordNumerals {

  private static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  private static final String DIGIT_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine)";
  private static final String WORD =
      "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-"
          + DIGIT_WORD
          + ")?"
          + "|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
          + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?i)(?<![\\w.-])(?<int>\\d+|"
              + WORD
              + ")(?<dec>-point-(?:\\d+|"
              + DIGIT_WORD
              + "(?:-"
              + DIGIT_WORD
              + ")*))?(?<sep>[\\s-])(?<unit>percent(?:age points?)?|per cent|trillion|billion|million"
              + "|quadrillion)\\b");
  private static final Pattern HYPHENATED_UNIT =
      Pattern.compile("(?i)(?<=\\d)-(trillion|billion|million)-(won|dollars?)\\b");

  private WordNumerals() {}

  /** The value of a number word under twenty ({@code nine} is 9), if it is one. */
  static java.util.Optional<Integer> small(String word) {
    return java.util.Optional.ofNullable(SMALL.get(word.toLowerCase(Locale.ROOT)));
  }

  /** {@code text} with spelled-out numbers as right-aligned digits, the same length. */
  static String digits(String text) {
    StringBuilder out = new StringBuilder(text);
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String whole = m.group("int");
      String dec = m.group("dec");
      boolean word = !Character.isDigit(whole.charAt(0));
      if (!word && dec == null) {
        continue;
      }
      BigDecimal value = new BigDecimal(integer(whole) + fraction(dec));
      String unit = m.group("unit").toLowerCase(Locale.ROOT);
      int end = m.end("int") + (dec == null ? 0 : dec.length());
      if (unit.equals("quadrillion")) {
        // The amount parser knows no quadrillion: 1.1 quadrillion is 1,100 trillion.
        value = value.multiply(BigDecimal.valueOf(1000));
        end = m.end("unit");
        unit = "trillion";
        String replacement = value.stripTrailingZeros().toPlainString() + " " + unit;
        put(out, m.start("int"), end, replacement);
        continue;
      }
      put(out, m.start("int"), end, value.toPlainString());
    }
    Matcher h = HYPHENATED_UNIT.matcher(out.toString());
    while (h.find()) {
      out.setCharAt(h.start(), ' ');
      out.setCharAt(h.end(1), ' ');
    }
    return out.toString();
  }

  private static void put(StringBuilder out, int start, int end, String replacement) {
    int room = end - start;
    if (replacement.length() > room) {
      return;
    }
    String padded = " ".repeat(room - replacement.length()) + replacement;
    out.replace(start, end, padded);
  }

  private static String integer(String whole) {
    if (Character.isDigit(whole.charAt(0))) {
      return whole;
    }
    String w = whole.toLowerCase(Locale.ROOT);
    int dash = w.indexOf('-');
    if (dash > 0) {
      return Integer.toString(TENS.get(w.substring(0, dash)) + SMALL.get(w.substring(dash + 1)));
    }
    Integer small = SMALL.get(w);
    return Integer.toString(small != null ? small : TENS.get(w));
  }

  private static String fraction(String dec) {
    if (dec == null) {
      return "";
    }
    String digits = dec.substring("-point-".length()).toLowerCase(Locale.ROOT);
    if (Character.isDigit(digits.charAt(0))) {
      return "." + digits;
    }
    StringBuilder b = new StringBuilder(".");
    for (String d : digits.split("-")) {
      b.append(SMALL.get(d));
    }
    return b.toString();
  }
}
