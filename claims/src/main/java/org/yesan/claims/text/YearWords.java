package org.yesan.claims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.model.FiscalYear;

/**
 * The years a sentence names, absolute ({@code 2026}, {@code FY2026}, {@code 2026년}) or relative to
 * the text's date ({@code next year}, 내년), and what they resolve to.
 */
final class YearWords {

  private static final Pattern YEAR_ABSOLUTE =
      Pattern.compile(
          "(?<![\\d/.\\-])(?<!\\d,\\s)(?:FY\\s?)?((?:19|20)\\d\\d)(?![\\d/]|-\\d|\\s?년\\s?\\d{1,2}\\s?월)"
              + "(?:\\s?년(?:도)?)?");
  private static final Pattern YEAR_RELATIVE =
      Pattern.compile(
          "(?i:next year|this year|the current year|last year|the previous year|previous year|"
              + "a year earlier|a year ago|the year before|the prior year|the following year)"
              + "|내후년|내년|올해|금년|작년|지난해|전년");

  /** "from the budget assigned for this year": a base word may stand further from its year. */
  private static final Pattern YEAR_BASE_BEFORE =
      Pattern.compile(
          "(?i:\\b(?:from|than|since|compared\\s+with|compared\\s+to|versus|vs\\.?|against)"
              + "\\s+(?:the\\s+|a\\s+)?(?:[\\w’'\\-]+\\s+){0,4})$");

  private final String text;
  private final Optional<DocumentDate> date;

  YearWords(String text, Optional<DocumentDate> date) {
    this.text = text;
    this.date = date;
  }

  List<YearWord> years(int from, int to) {
    List<YearWord> out = new ArrayList<>();
    String s = text.substring(from, to);
    Matcher a = YEAR_ABSOLUTE.matcher(s);
    while (a.find()) {
      out.add(
          yearWord(from + a.start(), from + a.end(), Optional.of(Integer.parseInt(a.group(1))), 0));
    }
    Matcher r = YEAR_RELATIVE.matcher(s);
    while (r.find()) {
      String w = r.group().toLowerCase(Locale.ROOT);
      int offset =
          switch (w) {
            case "next year", "내년" -> 1;
            case "내후년" -> 2;
            case "this year", "the current year", "올해", "금년" -> 0;
            case "last year", "작년", "지난해", "a year ago" -> -1;
            case "the following year" -> 1;
            default -> YearWord.FROM_CLAIM_YEAR;
          };
      out.add(yearWord(from + r.start(), from + r.end(), Optional.empty(), offset));
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  private YearWord yearWord(int start, int end, Optional<Integer> year, int offset) {
    String before = text.substring(Math.max(0, start - 40), start);
    String after = text.substring(end, Math.min(text.length(), end + 30));
    boolean base =
        YEAR_BASE_BEFORE.matcher(before).find() || ScopeRules.BASE_AFTER.matcher(after).find();
    return new YearWord(start, end, text.substring(start, end), year, offset, base);
  }

  /**
   * A year word's year; "the previous year" counts from {@code level}, "this year" from the date.
   */
  Optional<FiscalYear> resolve(YearWord w, Optional<FiscalYear> level) {
    if (w.year().isPresent()) {
      return w.year().map(FiscalYear::of);
    }
    if (w.fromClaimYear()) {
      return level.map(FiscalYear::previous);
    }
    return date.map(d -> FiscalYear.of(d.date().getYear() + w.offset()));
  }

  /**
   * A base year word's year: as {@link #resolve}, except that English "last year" as the base of a
   * budget year after the text's own year is the year before that budget. English reporting renders
   * 전년 (the year before the budget year) as "last year": "the 2023 budget, up 5.2% from last year"
   * in a text of 2022 compares with 2022.
   */
  Optional<FiscalYear> resolveBase(YearWord w, Optional<FiscalYear> level) {
    boolean english = w.text().equalsIgnoreCase("last year");
    if (english
        && level.isPresent()
        && date.isPresent()
        && level.get().value() > date.get().date().getYear()) {
      return level.map(FiscalYear::previous);
    }
    return resolve(w, level);
  }

  /** Why a figure takes this year word: {@code "올해" next to the figure in a text dated …}. */
  String named(YearWord w, String what) {
    return "\"" + w.text() + "\" next to " + what + relativeNote(w);
  }

  String relativeNote(YearWord w) {
    if (w.year().isPresent()) {
      return "";
    }
    return w.fromClaimYear() ? "" : date.map(d -> " in a text dated " + d.date()).orElse("");
  }

  Optional<FiscalYear> defaultYear() {
    return date.map(
        d ->
            FiscalYear.of(
                d.date().getMonthValue() >= 8 ? d.date().getYear() + 1 : d.date().getYear()));
  }

  static int distance(YearWord y, NumberMention n) {
    return y.start() >= n.end() ? y.start() - n.end() : n.start() - y.end();
  }

  static boolean near(YearWord y, NumberMention n) {
    return (y.start() >= n.end() && y.start() - n.end() <= 12)
        || (y.end() <= n.start() && n.start() - y.end() <= 12);
  }

  /**
   * "2020년 9.1%", "내년 1400조 원", "3.1%(2023년)": a year right next to a figure is that figure's own.
   */
  void ownYear(Draft d, List<YearWord> years, Set<YearWord> consumed) {
    NumberMention n = d.mention;
    for (YearWord y : years) {
      // A word relative to the text's date (내년, 올해) counts as well as a written year; 전년, relative
      // to the figure's own year, cannot be a figure's own.
      if (consumed.contains(y) || y.base() || y.fromClaimYear()) {
        continue;
      }
      boolean before =
          y.end() <= n.start() && ScopeRules.yearOwnsNext(text.substring(y.end(), n.start()));
      boolean after =
          y.start() >= n.end()
              && ScopeRules.BRACKETED_YEAR.matcher(text.substring(n.end())).find()
              && y.start() - n.end() <= 3;
      if (before || after) {
        d.ownYear = Optional.of(y);
        consumed.add(y);
        return;
      }
    }
  }
}
