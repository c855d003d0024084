package org.yesan.linking;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * One budget line followed across years: the lines it consists of in each year where it exists.
 * More than one line in a year means a split or a merge was followed.
 *
 * @param id the first year and the smallest path text of that year, e.g. {@code 2007:국방부 > …}
 */
public record Series(String id, SortedMap<org.yesan.model.FiscalYear, SortedSet<LinePath>> lines) {

  public Series {
    lines = Collections.unmodifiableSortedMap(new TreeMap<>(lines));
  }
}
