package org.yesan.model;

/** A fiscal year, named by the calendar year in which it ends or is labelled by its government. */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

  /** Earliest year accepted; budget databases reach back to the 1940s at most. */
  public static final int MIN = 1900;

  /** Latest year accepted; outyear projections rarely go beyond a decade. */
  public static final int MAX = 2200;

  public FiscalYear {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException(
          "fiscal year must be between " + MIN + " and " + MAX + ", found " + value);
    }
  }

  public static FiscalYear of(int value) {
    return new FiscalYear(value);
  }

  /** Parses {@code 2018} or {@code FY2018}. */
  public static FiscalYear parse(String text) {
    String t = text.strip();
    if (t.regionMatches(true, 0, "FY", 0, 2)) {
      t = t.substring(2);
    }
    if (t.length() != 4 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "expected a fiscal year such as 2018, found '" + text + "'");
    }
    return new FiscalYear(Integer.parseInt(t));
  }

  public FiscalYear previous() {
    return new FiscalYear(value - 1);
  }

  public FiscalYear next() {
    return new FiscalYear(value + 1);
  }

  @Override
  public int compareTo(FiscalYear o) {
    return Integer.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
