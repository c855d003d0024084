package org.yesan.claims.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.money.AmountParseException;
import org.yesan.money.AmountParser;
import org.yesan.money.ParsedAmount;

/**
 * Finds the numbers in running English or Korean text: amounts of money ({@code 728 trillion won},
 * {@code $48.6 billion}, {@code KRW 10.1 trillion}, {@code ₩3.3tn}, {@code 728조원}, {@code
 * 10조1000억원}, {@code 3천억 원}, {@code 이십일조 삼백}), percentages ({@code 8.1%}, {@code 19.3 percent}),
 * percentage points ({@code 2.3%포인트}), counts ({@code 15,000 units}), with ranges and qualifiers
 * ({@code over}, {@code 약}, {@code nearly}, {@code 1조여 원}).
 *
 * <p>The amount itself is read by {@link AmountParser}; this class only decides where a number
 * starts and ends. Dates, years and ordinals are not numbers in this sense and are not reported.
 * Pure: no I/O, immutable, thread-safe.
 */
public final class NumberFinder {

  private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
  private static final String HANGUL_DIGIT = "[일이삼사오육칠팔구]";
  private static final String KOREAN_CURRENCY = "(?:(?:미국|캐나다|홍콩|호주)\\s?달러|달러|원|엔|위안|유로|파운드|₩)";
  private static final String HANGUL_NUMBER = "[일이삼사오육칠팔구십백천만억조영공점]+";

  private static final Pattern PERCENTAGE_POINTS =
      Pattern.compile(
          "("
              + DIGITS
              + ")\\s?(?:%\\s?포인트|%[pP](?![A-Za-z])|퍼센트\\s?포인트|(?i:percentage\\s+points?|"
              + "per\\s?cent(?:age)?\\s+points?|pct\\.?\\s+points?|pp(?![A-Za-z])|%\\s?points?))");

  private static final Pattern PERCENT =
      Pattern.compile(
          "("
              + DIGITS
              + "|"
              + HANGUL_NUMBER
              + ")(?:\\s?(?:%|퍼센트|프로(?![가-힣]))|[\\s-]?(?i:per\\s?cent(?![A-Za-z])|pct(?![A-Za-z])))");

  private static final Pattern KOREAN_AMOUNT =
      Pattern.compile(
          "((?:(?:"
              + DIGITS
              + "|"
              + HANGUL_DIGIT
              + ")?\\s?[십백천조억만]\\s?)+(?:"
              + DIGITS
              + "|"
              + HANGUL_DIGIT
              + "+)?)(여)?\\s?("
              + KOREAN_CURRENCY
              + ")?");

  private static final Pattern ENGLISH_AMOUNT =
      Pattern.compile(
          "(?<pre>(?:US\\s?\\$|HK\\s?\\$|\\$|₩|£|€|¥|KRW|USD|EUR|GBP|JPY|CNY|(?<![A-Za-z])W(?=\\d))\\s?)?"
              + "(?<num>"
              + DIGITS
              // "a 33-trillion won extra budget": the hyphen of a compound adjective.
              + ")(?:(?:\\s?|-)(?<scale>(?i:trillion|billion|million|thousand|trln|trn|tln|bln|mln|tn|tr|bn|mn))"
              + "(?![A-Za-z]))?"
              // "512.3 tln-won", as wire headlines write it.
              + "(?:(?:\\s?|(?<=[a-z])-)(?<cur>(?i:won|dollars?|euros?|pounds?|yen|yuan)|KRW|USD|EUR|"
              + KOREAN_CURRENCY
              + ")(?![A-Za-z]))?");

  private static final Pattern COUNT =
      Pattern.compile(
          "(?<![\\d/.,:])("
              + DIGITS
              + ")(?![\\d/:])(\\s?(?:개|명|대|건|곳|척|기|units?|people|jobs|(?=\\s[a-zA-Z]{3,})))?");

  private static final Pattern US_DOLLARS =
      Pattern.compile("^\\s?(?:U\\.\\s?S\\.|US)\\s?(?i:dollars?)(?![A-Za-z])");

  /** A decimal with no unit: a table cell, or the first of a pair written "677.4 → 673.3조원". */
  private static final Pattern BARE_DECIMAL =
      Pattern.compile("(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)\\.\\d+(?![\\d.,%])");

  /** What may stand between the first of a pair and the second: the arrow and a stage word. */
  private static final Pattern ARROW_TO_NEXT =
      Pattern.compile("^\\s?→\\s?(?:[가-힣]{1,4}\\s?)?[△▲+\\-]?$");

  private static final Pattern LOOSE_HANGUL_TAIL = Pattern.compile("\\s" + HANGUL_DIGIT + "+$");

  private static final Pattern YEAR_LIKE = Pattern.compile("(19|20)\\d\\d");

  private static final Pattern BEFORE_APPROXIMATION =
      Pattern.compile(
          "(?i:(about|around|approximately|roughly|some|an estimated|nearly|almost|close to|"
              + "more than|over|above|exceeding|in excess of|at least|less than|under|below|"
              + "up to|at most|no more than"
              + "|(?:surpass(?:es|ed|ing)?|top(?:s|ped|ping)?|exceed(?:s|ed|ing)?|cross(?:es|ed|ing)?"
              + "|past|beyond)(?:\\s+the)?)|(약|대략|거의|최소|최대|무려))\\s*$");
  private static final Pattern AFTER_APPROXIMATION =
      Pattern.compile(
          "^\\s*(?:[을를이가]\\s?)?(가량|정도|남짓|이상|초과|이하|미만|넘는|넘게|넘어선|넘어섰|넘어|넘은|넘겼|넘긴|넘었"
              + "|돌파|시대|안팎|내외|육박|(?i:or more|or less|plus))");

  private static final Pattern RANGE_LOW =
      Pattern.compile("(?:(?i:between\\s+)?(" + DIGITS + ")\\s?(?:~|∼|–|-|(?i:to|and))\\s?)$");

  private static final Pattern MONTH_BEFORE =
      Pattern.compile("(?i:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?)\\s*$");

  private final AmountParser parser;

  private NumberFinder(AmountParser parser) {
    this.parser = parser;
  }

  /** A finder that reads money naming no currency ({@code 728 trillion}, {@code 3천억}) as won. */
  public static NumberFinder korean() {
    return new NumberFinder(AmountParser.defaultingTo("KRW"));
  }

  /** Every number in {@code text}, in order of position, none overlapping another. */
  public List<NumberMention> find(String original) {
    String text = WordNumerals.digits(original);
    List<NumberMention> found = new ArrayList<>();
    percents(text, PERCENTAGE_POINTS, MentionKind.PERCENTAGE_POINTS, found);
    percents(text, PERCENT, MentionKind.PERCENT, found);
    koreanAmounts(text, found);
    englishAmounts(text, found);
    unitless(text, found);
    counts(text, found);
    found.sort(Comparator.comparingInt(NumberMention::start));
    if (!text.equals(original)) {
      found.replaceAll(n -> spelledOut(original, text, n));
    }
    return List.copyOf(found);
  }

  /** A mention found in the rewritten text, spanning the words as written. */
  private static NumberMention spelledOut(String original, String text, NumberMention n) {
    int start = n.start();
    while (start > 0 && text.charAt(start - 1) == ' ' && original.charAt(start - 1) != ' ') {
      start--;
    }
    if (start == n.start() && original.regionMatches(n.start(), n.text(), 0, n.text().length())) {
      return n;
    }
    return new NumberMention(
        start,
        n.end(),
        original.substring(start, n.end()),
        n.kind(),
        n.value(),
        n.step(),
        n.upper(),
        n.currency(),
        n.approximation());
  }

  private void percents(String text, Pattern pattern, MentionKind kind, List<NumberMention> found) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (overlaps(found, m.start(), m.end()) || glued(text, m.start())) {
        continue;
      }
      String number = m.group(1);
      Optional<ParsedAmount> parsed = parse(number);
      if (parsed.isEmpty()) {
        continue;
      }
      String suffix = text.substring(m.start(1) + number.length(), m.end());
      add(text, m.start(), m.end(), kind, parsed.get(), Optional.empty(), suffix, found);
    }
  }

  private void koreanAmounts(String text, List<NumberMention> found) {
    Matcher m = KOREAN_AMOUNT.matcher(text);
    while (m.find()) {
      String number = m.group(1).strip();
      int start = m.start(1) + (m.group(1).length() - m.group(1).stripLeading().length());
      // "이십일조 삼백 이다": a lone Hangul digit after a space is the start of the next word.
      Matcher loose = LOOSE_HANGUL_TAIL.matcher(number);
      if (loose.find() && m.group(3) == null) {
        number = number.substring(0, loose.start());
      }
      if (number.isEmpty() || overlaps(found, start, m.end()) || glued(text, start)) {
        continue;
      }
      boolean digitFirst = Character.isDigit(number.charAt(0));
      boolean hangulFirst = number.substring(0, 1).matches(HANGUL_DIGIT);
      Optional<String> currency = Optional.ofNullable(m.group(3));
      if (!digitFirst && !(hangulFirst || currency.isPresent()) || number.matches("[조억]")) {
        continue; // "(단위: 조원)" names a unit; it is not one 조원
      }
      if (!digitFirst
          && currency.isEmpty()
          && !plausibleHangulNumber(text, number, start + number.length())) {
        continue;
      }
      String amountText = number + currency.orElse("");
      Optional<ParsedAmount> parsed = parse(amountText);
      if (parsed.isEmpty()) {
        continue;
      }
      int end = currency.isPresent() ? m.end(3) : start + number.length();
      if (m.group(2) != null && currency.isEmpty()) {
        end = m.end(2);
      }
      Approximation yeo = m.group(2) != null ? Approximation.OVER : Approximation.EXACT;
      add(text, start, end, MentionKind.AMOUNT, parsed.get(), Optional.of(yeo), "", found);
    }
  }

  /** Hangul numerals without a currency are only numbers when they look like one. */
  private static boolean plausibleHangulNumber(String text, String number, int end) {
    if (number.length() < 2 || !number.matches(".*[조억만].*")) {
      return false;
    }
    if (end >= text.length()) {
      return true;
    }
    char next = text.charAt(end);
    return !(next >= '가' && next <= '힣');
  }

  private void englishAmounts(String text, List<NumberMention> found) {
    Matcher m = ENGLISH_AMOUNT.matcher(text);
    while (m.find()) {
      if (m.group("pre") == null && m.group("scale") == null && m.group("cur") == null) {
        continue;
      }
      if (m.group("pre") != null
          && m.group("pre").strip().equals("W")
          && m.group("scale") == null) {
        // "W10" alone is a name or a size; the won's W stands before a scale ("W3.2 trillion").
        continue;
      }
      int start = m.start();
      int end = m.end();
      // "KRW31.1 trillion": a currency prefix glued to the digits is not a name like A380.
      int head = m.group("pre") != null ? m.start() : m.start("num");
      if (overlaps(found, start, end) || glued(text, head)) {
        continue;
      }
      String amountText = text.substring(start, end).strip();
      int spanEnd = start + amountText.length();
      // Headline shorthand ("W436 Tln", "342 trln won", "W429tr"): W is the won, the scale cut
      // short.
      amountText = shorthand(amountText, m);
      Matcher us = US_DOLLARS.matcher(text.substring(spanEnd));
      if (m.group("cur") == null && m.group("pre") == null && us.find()) {
        // "430 billion U.S. dollars": the currency the parser knows as USD.
        amountText = amountText + " dollars";
        spanEnd += us.end();
      }
      Optional<ParsedAmount> parsed = parse(amountText);
      if (parsed.isEmpty() && wonTwice(m)) {
        // "KRW25.9 trillion won": the currency named on both sides; the figure is read once.
        parsed = parse(text.substring(start, m.start("cur")).strip());
      }
      if (parsed.isEmpty()) {
        continue;
      }
      add(text, start, spanEnd, MentionKind.AMOUNT, parsed.get(), Optional.empty(), "", found);
    }
  }

  /**
   * The amount with headline shorthand spelled out: W as KRW, trln, trn or tr as trillion, the
   * hyphen of "33-trillion" as a space.
   */
  private static String shorthand(String amountText, Matcher m) {
    String out = amountText;
    String scale = m.group("scale");
    if (scale != null && scale.toLowerCase(java.util.Locale.ROOT).matches("trln|trn|tr")) {
      out =
          out.substring(0, m.start("scale") - m.start())
              + "trillion"
              + out.substring(m.end("scale") - m.start());
    }
    if (m.group("scale") != null && m.start("scale") == m.end("num") + 1) {
      int hyphen = m.end("num") - m.start();
      out = out.substring(0, hyphen) + " " + out.substring(hyphen + 1);
    }
    if (m.group("pre") != null && m.group("pre").strip().equals("W")) {
      out = "KRW " + out.substring(m.group("pre").length());
    }
    return out;
  }

  private static boolean wonTwice(Matcher m) {
    return m.group("pre") != null
        && m.group("cur") != null
        && m.group("pre").strip().matches("KRW|₩")
        && m.group("cur").matches("(?i:won|KRW|원)");
  }

  /**
   * Decimals without a unit. The first of a pair takes the second's unit ("정부안677.4 → 최종673.3조원");
   * any other is reported as unitless, so that it is shown as unchecked rather than skipped.
   */
  private void unitless(String text, List<NumberMention> found) {
    Matcher m = BARE_DECIMAL.matcher(text);
    List<NumberMention> added = new ArrayList<>();
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (overlaps(found, start, end) || glued(text, start)) {
        continue;
      }
      if (end < text.length()
          && Character.isLetter(text.charAt(end))
          && !(text.charAt(end) >= '가' && text.charAt(end) <= '힣')) {
        continue;
      }
      Optional<NumberMention> pair = pairedAmount(text, end, found);
      if (pair.isPresent()) {
        String unit = pair.get().text().replaceFirst("^[^\\d]*" + DIGITS, "");
        Optional<ParsedAmount> parsed = parse(m.group() + unit);
        if (parsed.isPresent() && parsed.get().currency().equals("KRW")) {
          added.add(
              new NumberMention(
                  start,
                  end,
                  m.group(),
                  MentionKind.AMOUNT,
                  parsed.get().amount(),
                  parsed.get().step(),
                  Optional.empty(),
                  Optional.of("KRW"),
                  Approximation.EXACT));
          continue;
        }
      }
      BigDecimal value = new BigDecimal(m.group().replace(",", ""));
      added.add(
          new NumberMention(
              start,
              end,
              m.group(),
              MentionKind.UNITLESS,
              value,
              BigDecimal.ONE.movePointLeft(value.scale()),
              Optional.empty(),
              Optional.empty(),
              Approximation.EXACT));
    }
    found.addAll(added);
  }

  /** The amount right after an arrow that follows {@code end}, if there is one. */
  private static Optional<NumberMention> pairedAmount(
      String text, int end, List<NumberMention> found) {
    for (NumberMention n : found) {
      if (n.kind() == MentionKind.AMOUNT
          && n.start() >= end
          && n.start() - end <= 10
          && ARROW_TO_NEXT.matcher(text.substring(end, n.start())).matches()) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private void counts(String text, List<NumberMention> found) {
    Matcher m = COUNT.matcher(text);
    while (m.find()) {
      String number = m.group(1);
      int start = m.start(1);
      int end = m.end(1) + (m.group(2) == null ? 0 : m.group(2).length());
      if (overlaps(found, start, end) || glued(text, start)) {
        continue;
      }
      boolean grouped = number.contains(",");
      boolean counted = m.group(2) != null && !m.group(2).isBlank();
      if (!grouped && !counted) {
        continue;
      }
      if (!grouped && YEAR_LIKE.matcher(number).matches()) {
        continue;
      }
      if (MONTH_BEFORE.matcher(text.substring(Math.max(0, start - 10), start)).find()) {
        continue;
      }
      if (end < text.length()
          && text.substring(end).matches("(?s)^(?:년|월|일|차|위|번|st|nd|rd|th).*")) {
        continue;
      }
      String trimmed = text.substring(start, end).strip();
      BigDecimal value = new BigDecimal(number.replace(",", ""));
      found.add(
          new NumberMention(
              start,
              start + trimmed.length(),
              trimmed,
              MentionKind.COUNT,
              value,
              BigDecimal.ONE.movePointLeft(Math.max(0, value.scale())),
              Optional.empty(),
              Optional.empty(),
              Approximation.EXACT));
    }
  }

  /** Adds a mention after widening it over a range's lower end and the text's qualifiers. */
  private void add(
      String text,
      int start,
      int end,
      MentionKind kind,
      ParsedAmount parsed,
      Optional<Approximation> fromToken,
      String unitSuffix,
      List<NumberMention> found) {
    BigDecimal value = parsed.amount();
    BigDecimal step = parsed.step();
    Optional<BigDecimal> upper = Optional.empty();
    String before = text.substring(Math.max(0, start - 40), start);
    Matcher range = RANGE_LOW.matcher(before);
    if (range.find() && !overlaps(found, start - (before.length() - range.start()), start)) {
      String mentionText = text.substring(start, end);
      String leading = leadingNumber(mentionText);
      String lowText =
          kind == MentionKind.AMOUNT
              ? range.group(1) + mentionText.substring(leading.length())
              : range.group(1);
      Optional<ParsedAmount> low = parse(lowText.strip());
      if (low.isPresent() && low.get().amount().compareTo(value) < 0) {
        upper = Optional.of(value);
        value = low.get().amount();
        step = step.min(low.get().step());
        start -= before.length() - range.start();
        before = text.substring(Math.max(0, start - 40), start);
      }
    }
    Approximation approximation = fromToken.orElse(Approximation.EXACT);
    Matcher pre = BEFORE_APPROXIMATION.matcher(before);
    if (pre.find()) {
      approximation = approximationOf(pre.group().strip().toLowerCase(java.util.Locale.ROOT));
      start -= before.length() - pre.start();
    }
    Matcher post = AFTER_APPROXIMATION.matcher(text.substring(end));
    if (post.find()) {
      approximation = approximationOf(post.group(1).toLowerCase(java.util.Locale.ROOT));
      end += post.end();
    }
    found.add(
        new NumberMention(
            start,
            end,
            text.substring(start, end),
            kind,
            value,
            step,
            upper,
            kind == MentionKind.AMOUNT ? Optional.of(parsed.currency()) : Optional.empty(),
            approximation));
  }

  private static String leadingNumber(String mention) {
    Matcher m = Pattern.compile("^[^\\d]*" + DIGITS).matcher(mention);
    return m.find() ? m.group() : "";
  }

  private static Approximation approximationOf(String said) {
    String word = said.replaceFirst("\\s+the$", "");
    if (word.matches("surpass.*|top.*|exceed.*|cross.*|past|beyond|돌파|넘어선|넘어섰|넘겼|넘긴|넘었")) {
      return Approximation.OVER;
    }
    if (word.equals("시대")) {
      // "첫 800조 시대": the figure has been reached.
      return Approximation.AT_LEAST;
    }
    return switch (word) {
      case "more than",
          "over",
          "above",
          "exceeding",
          "in excess of",
          "plus",
          "초과",
          "넘는",
          "넘게",
          "넘어",
          "넘은",
          "남짓",
          "무려" ->
          Approximation.OVER;
      case "at least", "or more", "이상", "최소" -> Approximation.AT_LEAST;
      case "less than", "under", "below", "미만" -> Approximation.UNDER;
      case "up to", "at most", "no more than", "or less", "이하", "최대" -> Approximation.AT_MOST;
      case "nearly", "almost", "close to", "거의", "육박" -> Approximation.NEARLY;
      default -> Approximation.ABOUT;
    };
  }

  private Optional<ParsedAmount> parse(String amountText) {
    try {
      return Optional.of(parser.parse(amountText));
    } catch (AmountParseException e) {
      // Not every digit run that looks like an amount is one (a stray unit, a bad grouping).
      return Optional.empty();
    }
  }

  /**
   * A number glued to a preceding letter or digit ({@code A380}, {@code COVID-19}) is a name; one
   * after a comma or full stop is glued only if a letter or digit stands before that ({@code
   * 1,234}, {@code v.2}), not after a Hangul word ({@code 감액됐고,4조원}: a clause with no space).
   * {@code %2B} is a plus sign percent-encoded, as pages copied from a link often carry it ({@code
   * (%2B1.7조원)}), not a name.
   */
  private static boolean glued(String text, int start) {
    if (start == 0) {
      return false;
    }
    if (start >= 3 && text.regionMatches(true, start - 3, "%2B", 0, 3)) {
      return false;
    }
    char c = text.charAt(start - 1);
    if (c == '.' || c == ',') {
      return start >= 2 && latinOrDigit(text.charAt(start - 2));
    }
    return latinOrDigit(c);
  }

  private static boolean latinOrDigit(char c) {
    return Character.isLetterOrDigit(c) && !(c >= '가' && c <= '힣');
  }

  private static boolean overlaps(List<NumberMention> found, int start, int end) {
    for (NumberMention n : found) {
      if (start < n.end() && n.start() < end) {
        return true;
      }
    }
    return false;
  }
}
