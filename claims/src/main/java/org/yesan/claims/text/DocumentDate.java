package org.yesan.claims.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a text was written, which relative years ({@code next year}, {@code 올해}) are counted
 * from, and how it was found.
 *
 * @param date the date
 * @param reason where it came from: {@code --date}, a full date in the text, or a dateline whose
 *     year was derived from the budget year the text presents
 */
public record DocumentDate(LocalDate date, String reason) {

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern ENGLISH_FULL =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern KOREAN_FULL =
      Pattern.compile("((?:19|20)\\d\\d)\\s?년\\s?(\\d{1,2})\\s?월\\s?(\\d{1,2})\\s?일");
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^\\s*[A-Z][A-Za-z .]+,\\s+" + MONTH + "\\s+(\\d{1,2})\\b|\\(([가-힣]+)=[^)]*\\)\\s*");
  private static final Pattern KOREAN_MONTH_DAY =
      Pattern.compile("(?<!\\d)(\\d{1,2})\\s?월\\s?(\\d{1,2})\\s?일");
  private static final Pattern BUDGET_YEAR =
      Pattern.compile(
          "(?i:for\\s+|FY\\s?)((?:19|20)\\d\\d)(?!\\d)|((?:19|20)\\d\\d)(?i:\\s+budget|년\\s?(?:도\\s?)?예산)");

  /**
   * The date a text gives, if any: a full date first ({@code November 4, 2025}, {@code 2025년 11월
   * 4일}, {@code 2025-11-04}), else a dateline's month and day ({@code Seoul, Nov 4}) in the year
   * before the budget year the text presents when the dateline falls in the autumn budget season.
   */
  public static Optional<DocumentDate> find(String text) {
    Optional<DocumentDate> dateline = dateline(text);
    if (dateline.isPresent()) {
      return dateline;
    }
    Matcher e = ENGLISH_FULL.matcher(text);
    if (e.find()) {
      return date(Integer.parseInt(e.group(3)), month(e.group(1)), Integer.parseInt(e.group(2)))
          .map(d -> new DocumentDate(d, "the date in the text: \"" + e.group() + "\""));
    }
    Matcher k = KOREAN_FULL.matcher(text);
    if (k.find()) {
      return date(
              Integer.parseInt(k.group(1)),
              Integer.parseInt(k.group(2)),
              Integer.parseInt(k.group(3)))
          .map(d -> new DocumentDate(d, "the date in the text: \"" + k.group() + "\""));
    }
    Matcher i = ISO.matcher(text);
    if (i.find()) {
      return date(
              Integer.parseInt(i.group(1)),
              Integer.parseInt(i.group(2)),
              Integer.parseInt(i.group(3)))
          .map(d -> new DocumentDate(d, "the date in the text: \"" + i.group() + "\""));
    }
    return Optional.empty();
  }

  private static Optional<DocumentDate> dateline(String text) {
    Matcher d = DATELINE.matcher(text);
    while (d.find()) {
      int monthValue;
      int day;
      String line = d.group().strip();
      if (d.group(1) != null) {
        monthValue = month(d.group(1));
        day = Integer.parseInt(d.group(2));
      } else {
        Matcher md =
            KOREAN_MONTH_DAY.matcher(
                text.substring(d.end(), Math.min(text.length(), d.end() + 200)));
        if (!md.find()) {
          continue;
        }
        monthValue = Integer.parseInt(md.group(1));
        day = Integer.parseInt(md.group(2));
        line = line + " … " + md.group();
      }
      // A dateline rarely names the year, and a footer's scrape date is not the writing date.
      Matcher full = ENGLISH_FULL.matcher(text);
      if (full.find()
          && month(full.group(1)) == monthValue
          && Integer.parseInt(full.group(2)) == day) {
        int year = Integer.parseInt(full.group(3));
        final String l = line;
        return date(year, monthValue, day)
            .map(
                x ->
                    new DocumentDate(
                        x, "dateline \"" + l + "\" with the year of \"" + full.group() + "\""));
      }
      Optional<Integer> budgetYear = budgetYear(text);
      if (budgetYear.isEmpty()) {
        return Optional.empty();
      }
      int b = budgetYear.get();
      // The government presents the budget for year B to the Assembly from September of B-1.
      int year = monthValue >= 8 ? b - 1 : b;
      String why =
          "dateline \""
              + line
              + "\"; the year is derived from the budget year the text presents ("
              + b
              + "), which is "
              + (monthValue >= 8
                  ? "proposed and debated from September of the year before"
                  : "in force in the year of a text dated before August");
      return date(year, monthValue, day).map(x -> new DocumentDate(x, why));
    }
    return Optional.empty();
  }

  /** The most often named budget year ({@code for 2026}, {@code 2026년 예산}, {@code FY2026}). */
  static Optional<Integer> budgetYear(String text) {
    Map<Integer, Integer> counts = new HashMap<>();
    Matcher m = BUDGET_YEAR.matcher(text);
    while (m.find()) {
      String y = m.group(1) != null ? m.group(1) : m.group(2);
      counts.merge(Integer.parseInt(y), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  private static int month(String name) {
    return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      // "Feb 30" and the like are not dates; the text then gives none.
      return Optional.empty();
    }
  }
}
