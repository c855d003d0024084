package org.yesan.linking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yesan.model.FiscalYear;

/**
 * Year-to-year links turned into series: every line of every year belongs to exactly one series,
 * the connected group of lines that links join (so a split or merge puts all its parts in one
 * series).
 */
public final class SeriesBook {

  private final SortedMap<FiscalYear, YearLines> years;
  private final List<Series> series;
  private final Map<Node, Series> byNode;

  private record Node(FiscalYear year, LinePath path) {}

  private SeriesBook(SortedMap<FiscalYear, YearLines> years, List<Series> series) {
    this.years = years;
    this.series = List.copyOf(series);
    this.byNode = new HashMap<>();
    for (Series s : series) {
      s.lines().forEach((y, ps) -> ps.forEach(p -> byNode.put(new Node(y, p), s)));
    }
  }

  /** Builds series from each year's lines and the links between consecutive years. */
  public static SeriesBook of(List<YearLines> lines, List<YearLinks> links) {
    SortedMap<FiscalYear, YearLines> years = new TreeMap<>();
    for (YearLines y : lines) {
      years.put(y.year(), y);
    }
    Map<Node, Node> parent = new HashMap<>();
    for (YearLines y : years.values()) {
      for (LinePath p : y.amounts().keySet()) {
        Node n = new Node(y.year(), p);
        parent.put(n, n);
      }
    }
    for (YearLinks yl : links) {
      for (Link l : yl.links()) {
        Node a = new Node(yl.fromYear(), l.from());
        Node b = new Node(yl.toYear(), l.to());
        if (parent.containsKey(a) && parent.containsKey(b)) {
          union(parent, a, b);
        }
      }
    }
    Map<Node, SortedMap<FiscalYear, SortedSet<LinePath>>> groups = new HashMap<>();
    for (Node n : parent.keySet()) {
      groups
          .computeIfAbsent(root(parent, n), k -> new TreeMap<>())
          .computeIfAbsent(n.year(), k -> new TreeSet<>())
          .add(n.path());
    }
    List<Series> out = new ArrayList<>();
    for (SortedMap<FiscalYear, SortedSet<LinePath>> g : groups.values()) {
      FiscalYear first = g.firstKey();
      String id =
          first
              + ":"
              + g.get(first).stream().map(LinePath::text).sorted().findFirst().orElseThrow();
      out.add(new Series(id, g));
    }
    out.sort(java.util.Comparator.comparing(Series::id));
    return new SeriesBook(years, out);
  }

  private static Node root(Map<Node, Node> parent, Node n) {
    Node r = n;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    Node c = n;
    while (!c.equals(r)) {
      Node next = parent.get(c);
      parent.put(c, r);
      c = next;
    }
    return r;
  }

  private static void union(Map<Node, Node> parent, Node a, Node b) {
    Node ra = root(parent, a);
    Node rb = root(parent, b);
    if (!ra.equals(rb)) {
      // the smaller node by year then path becomes the root, so the grouping is order-free
      boolean aFirst =
          ra.year().compareTo(rb.year()) < 0
              || (ra.year().equals(rb.year()) && ra.path().compareTo(rb.path()) < 0);
      if (aFirst) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  public List<Series> series() {
    return series;
  }

  public Optional<Series> series(String id) {
    return series.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The series a line of a year belongs to. */
  public Optional<Series> seriesOf(FiscalYear year, LinePath path) {
    return Optional.ofNullable(byNode.get(new Node(year, path)));
  }

  /** The series of the line whose path text (members joined by " > ") is given. */
  public Optional<Series> seriesOf(FiscalYear year, String pathText) {
    YearLines y = years.get(year);
    if (y == null) {
      return Optional.empty();
    }
    return y.amounts().keySet().stream()
        .filter(p -> p.text().equals(pathText))
        .findFirst()
        .flatMap(p -> seriesOf(year, p));
  }

  /**
   * The series' amount in each year it exists: the exact sum of its lines, with a note when more
   * than one line is summed because of a split or merge.
   */
  public List<SeriesPoint> amounts(Series s) {
    List<SeriesPoint> out = new ArrayList<>();
    s.lines()
        .forEach(
            (year, paths) -> {
              YearLines y = years.get(year);
              BigDecimal sum = BigDecimal.ZERO;
              for (LinePath p : paths) {
                sum = sum.add(y.amount(p).orElseThrow());
              }
              String note =
                  paths.size() == 1
                      ? ""
                      : "sum of " + paths.size() + " lines (the series splits or merges here)";
              out.add(new SeriesPoint(year, sum, List.copyOf(paths), note));
            });
    return out;
  }
}
