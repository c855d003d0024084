package org.yesan.targets;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date as precisely as the source gives it: a year ({@code 2030}), a month ({@code 2025-08}) or a
 * day ({@code 2025-12-02}). A deadline of {@code 2030} falls on its last day.
 */
public record LooseDate(LocalDate first, Precision precision) implements Comparable<LooseDate> {

  /** How much of the date the source states. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public LooseDate {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(precision, "precision");
    if (precision != Precision.DAY && first.getDayOfMonth() != 1) {
      throw new IllegalArgumentException("a year or month starts on day 1: " + first);
    }
    if (precision == Precision.YEAR && first.getMonthValue() != 1) {
      throw new IllegalArgumentException("a year starts in January: " + first);
    }
  }

  /** A day. */
  public static LooseDate of(LocalDate day) {
    return new LooseDate(day, Precision.DAY);
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}.
   *
   * @throws IllegalArgumentException for anything else, including impossible dates
   */
  public static LooseDate parse(String text) {
    String t = text == null ? "" : text.strip();
    try {
      if (DAY.matcher(t).matches()) {
        return new LooseDate(LocalDate.parse(t), Precision.DAY);
      }
      if (MONTH.matcher(t).matches()) {
        return new LooseDate(YearMonth.parse(t).atDay(1), Precision.MONTH);
      }
      if (YEAR.matcher(t).matches()) {
        return new LooseDate(LocalDate.of(Integer.parseInt(t), 1, 1), Precision.YEAR);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a calendar date: " + t, e);
    }
    throw new IllegalArgumentException("a date as yyyy, yyyy-mm or yyyy-mm-dd: " + t);
  }

  /** The last day the date covers: 31 December for a year, the month's last day for a month. */
  public LocalDate last() {
    return switch (precision) {
      case YEAR -> LocalDate.of(first.getYear(), 12, 31);
      case MONTH -> YearMonth.from(first).atEndOfMonth();
      case DAY -> first;
    };
  }

  public int year() {
    return first.getYear();
  }

  @Override
  public int compareTo(LooseDate other) {
    int c = first.compareTo(other.first);
    return c != 0 ? c : precision.compareTo(other.precision);
  }

  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> Integer.toString(first.getYear());
      case MONTH -> YearMonth.from(first).toString();
      case DAY -> first.toString();
    };
  }
}
