package org.yesan.linking;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yesan.model.FiscalYear;

/**
 * The links proposed between two consecutive years, the lines of each side that no link touches,
 * the zero-amount lines that were set aside before linking, and the overrides version applied.
 */
public record YearLinks(
    FiscalYear fromYear,
    FiscalYear toYear,
    List<Link> links,
    SortedMap<LinePath, BigDecimal> unlinkedFrom,
    SortedMap<LinePath, BigDecimal> unlinkedTo,
    Set<LinePath> zeroFrom,
    Set<LinePath> zeroTo,
    Optional<String> overridesVersion) {

  public YearLinks {
    links = List.copyOf(links);
    unlinkedFrom = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(unlinkedFrom));
    unlinkedTo = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(unlinkedTo));
    zeroFrom = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(zeroFrom));
    zeroTo = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(zeroTo));
  }

  /** Recomputes the unlinked sides for a new set of links over the same lines. */
  static YearLinks of(
      YearLines from,
      YearLines to,
      Collection<Link> links,
      Set<LinePath> zeroFrom,
      Set<LinePath> zeroTo,
      Optional<String> overridesVersion) {
    Set<LinePath> linkedFrom = new TreeSet<>();
    Set<LinePath> linkedTo = new TreeSet<>();
    for (Link l : links) {
      linkedFrom.add(l.from());
      linkedTo.add(l.to());
    }
    SortedMap<LinePath, BigDecimal> uf = new TreeMap<>(from.amounts());
    SortedMap<LinePath, BigDecimal> ut = new TreeMap<>(to.amounts());
    uf.keySet().removeAll(linkedFrom);
    uf.keySet().removeAll(zeroFrom);
    ut.keySet().removeAll(linkedTo);
    ut.keySet().removeAll(zeroTo);
    List<Link> sorted =
        links.stream()
            .sorted(
                java.util.Comparator.comparing(Link::from)
                    .thenComparing(Link::to)
                    .thenComparing(Link::kind))
            .toList();
    return new YearLinks(
        from.year(), to.year(), sorted, uf, ut, zeroFrom, zeroTo, overridesVersion);
  }

  public long count(LinkKind kind) {
    return links.stream().filter(l -> l.kind() == kind).count();
  }

  public List<Link> linksFrom(LinePath from) {
    return links.stream().filter(l -> l.from().equals(from)).toList();
  }

  public List<Link> linksTo(LinePath to) {
    return links.stream().filter(l -> l.to().equals(to)).toList();
  }
}
