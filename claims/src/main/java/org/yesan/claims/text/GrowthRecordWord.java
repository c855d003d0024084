package org.yesan.claims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that say a growth rate is the highest or the lowest over a span of years: {@code the
 * steepest annual rise in nine years}, {@code the lowest increase since 2017}, {@code 6년 만에 가장 낮은
 * 수준}.
 *
 * @param highest whether the rate is said to be the highest (false: the lowest)
 * @param span how many years back the words reach ("in nine years", "6년 만에"), if they say
 * @param since the year the words count from ("since 2017", "2017년 … 이후"), if they say
 */
record GrowthRecordWord(
    int start,
    int end,
    String text,
    boolean highest,
    Optional<Integer> span,
    Optional<Integer> since) {

  private static final Pattern ENGLISH =
      Pattern.compile(
          "(?i)\\b(?:(biggest|largest|steepest|sharpest|highest|fastest)|(smallest|lowest|slowest))"
              + "\\s+(?:annual\\s+|yearly\\s+|on-year\\s+|budget\\s+|spending\\s+)?"
              + "(?:jump|rise|increase|climb|growth(?:\\s+rate)?|expansion|gain|hike)s?\\b");

  /** Korean: the rate words before the record words, or a span right before them. */
  private static final Pattern KOREAN =
      Pattern.compile(
          "(?:(\\d{1,2})년\\s?만에\\s?(?:의\\s?)?|(?:증가율|증가\\s?폭|증가폭|인상률|상승률)[^.\\n]{0,20}?)"
              + "(?:(가장\\s?(?:높|크|많)[은게]|최고|최대)|(가장\\s?(?:낮|작|적)[은게]|최저|최소))");

  private static final Pattern SPAN_AFTER =
      Pattern.compile(
          "^\\s*(?:in|for)\\s+(?:(\\d{1,2})|(two|three|four|five|six|seven|eight|nine|ten|eleven"
              + "|twelve|thirteen|fourteen|fifteen))\\s+years");

  private static final Pattern SINCE_AFTER =
      Pattern.compile(
          "^(?:[^.\\n]|(?<=\\d)\\.(?=\\d)){0,60}?\\bsince\\b"
              + "(?:[^.\\n]|(?<=\\d)\\.(?=\\d)){0,80}?((?:19|20)\\d\\d)");

  private static final Pattern SINCE_BEFORE_KO =
      Pattern.compile("((?:19|20)\\d\\d)년[^.\\n]{0,20}?(?:이후|이래)[^.\\n]{0,12}$");

  /** The growth records said between {@code from} and {@code to} of {@code text}. */
  static List<GrowthRecordWord> find(String text, int from, int to) {
    List<GrowthRecordWord> out = new ArrayList<>();
    String s = text.substring(from, to);
    Matcher e = ENGLISH.matcher(s);
    while (e.find()) {
      String after = s.substring(e.end());
      Optional<Integer> span = Optional.empty();
      Matcher a = SPAN_AFTER.matcher(after);
      if (a.find()) {
        span =
            Optional.of(
                a.group(1) != null
                    ? Integer.parseInt(a.group(1))
                    : WordNumerals.small(a.group(2)).orElseThrow());
      }
      Optional<Integer> since = Optional.empty();
      Matcher si = SINCE_AFTER.matcher(after);
      if (span.isEmpty() && si.find()) {
        since = Optional.of(Integer.parseInt(si.group(1)));
      }
      int end = span.isPresent() ? e.end() + a.end() : e.end();
      out.add(
          new GrowthRecordWord(
              from + e.start(),
              from + end,
              text.substring(from + e.start(), from + end),
              e.group(1) != null,
              span,
              since));
    }
    Matcher k = KOREAN.matcher(s);
    while (k.find()) {
      Optional<Integer> span = Optional.ofNullable(k.group(1)).map(Integer::parseInt);
      Optional<Integer> since = Optional.empty();
      Matcher b = SINCE_BEFORE_KO.matcher(s.substring(0, k.start()));
      if (b.find()) {
        since = Optional.of(Integer.parseInt(b.group(1)));
      }
      int start = k.group(1) != null ? k.start() : k.start(k.group(2) != null ? 2 : 3);
      out.add(
          new GrowthRecordWord(
              from + start,
              from + k.end(),
              text.substring(from + start, from + k.end()),
              k.group(2) != null,
              span,
              since));
    }
    return out;
  }
}
