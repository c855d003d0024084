package org.yesan.realterms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A series has no value for the year a conversion needs; the message names the series file and the
 * years it does have, e.g. {@code no deflator for 2019 in kr.csv (has 2010–2018)}.
 */
public final class MissingYearException extends RealTermsException {

  private static final long serialVersionUID = 1L;

  private final int year;

  public MissingYearException(String what, int year, String origin, Collection<Integer> years) {
    super("no " + what + " for " + year + " in " + origin + " (has " + ranges(years) + ")");
    this.year = year;
  }

  public int year() {
    return year;
  }

  /** Years written as inclusive runs: {@code 2010–2015, 2017, 2019–2020}. */
  static String ranges(Collection<Integer> years) {
    if (years.isEmpty()) {
      return "no years";
    }
    List<String> runs = new ArrayList<>();
    Integer start = null;
    Integer prev = null;
    for (int y : new TreeSet<>(years)) {
      if (prev != null && y == prev + 1) {
        prev = y;
        continue;
      }
      if (start != null) {
        runs.add(run(start, prev));
      }
      start = y;
      prev = y;
    }
    runs.add(run(start, prev));
    return String.join(", ", runs);
  }

  private static String run(int from, int to) {
    return from == to ? Integer.toString(from) : from + "\u2013" + to;
  }
}
