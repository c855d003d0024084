package org.yesan.linking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proposes links between the lines of two consecutive years: exact paths first, then a greedy
 * one-to-one assignment over moved, similar-name and restated candidates by descending score, then
 * splits and merges among what is left. Pure: the same lines always give the same links, whatever
 * their order.
 */
public final class YearLinker {

  private static final double MOVED_BASE = 0.9;
  private static final double SIMILAR_CAP = 0.89;
  private static final double RESTATED_BASE = 0.6;
  private static final BigDecimal CONFIRMED_SPLIT_SCORE = new BigDecimal("0.95");
  private static final BigDecimal RATIO_SPLIT_SCORE = new BigDecimal("0.6");

  private final LinkSettings settings;

  public YearLinker(LinkSettings settings) {
    this.settings = settings;
  }

  /** Links two years' lines; restatement evidence is used only if given and enabled. */
  public YearLinks link(YearLines from, YearLines to, Optional<Restatement> restatement) {
    Optional<Restatement> evidence = settings.useRestatement() ? restatement : Optional.empty();
    Set<LinePath> zeroFrom = zeroLines(from);
    Set<LinePath> zeroTo = zeroLines(to);
    SortedMap<LinePath, BigDecimal> a = nonZero(from);
    SortedMap<LinePath, BigDecimal> b = nonZero(to);
    Map<LinePath, LinePath> restatedMatches = evidence.map(Restatement::matches).orElseGet(Map::of);

    List<Link> links = new ArrayList<>();
    Set<List<String>> anchorPairs = new HashSet<>();
    TreeSet<LinePath> leftA = new TreeSet<>(a.keySet());
    TreeSet<LinePath> leftB = new TreeSet<>(b.keySet());
    for (LinePath p : a.keySet()) {
      if (b.containsKey(p)) {
        links.add(new Link(p, p, LinkKind.EXACT, BigDecimal.ONE, "same path"));
        anchorPairs.add(List.of(anchor(p), anchor(p)));
        leftA.remove(p);
        leftB.remove(p);
      }
    }

    Map<LinePath, Features> fa = features(leftA);
    Map<LinePath, Features> fb = features(leftB);
    List<Candidate> candidates = new ArrayList<>();
    Map<List<String>, List<LinePath>> byNameA = byName(leftA);
    Map<List<String>, List<LinePath>> byNameB = byName(leftB);
    // a repeated name (회계간거래 > 회계간전출) may cross to another ministry only once that ministry
    // pair is known from unique names; the shared parents then pick the pair
    List<List<LinePath>> deferred = new ArrayList<>();
    for (Map.Entry<List<String>, List<LinePath>> e : byNameA.entrySet()) {
      List<LinePath> bs = byNameB.getOrDefault(e.getKey(), List.of());
      boolean unique = e.getValue().size() == 1 && bs.size() == 1;
      for (LinePath x : e.getValue()) {
        for (LinePath y : bs) {
          if (!unique && !anchor(x).equals(anchor(y))) {
            deferred.add(List.of(x, y));
          } else {
            boolean restated = x.equals(restatedMatches.get(y));
            double score = MOVED_BASE + 0.08 * contextShare(x, y) + (restated ? 0.02 : 0);
            candidates.add(
                new Candidate(x, y, LinkKind.MOVED, score, movedEvidence(x, y, restated)));
            if (unique) {
              anchorPairs.add(List.of(anchor(x), anchor(y)));
            }
          }
        }
      }
    }
    for (List<LinePath> pair : deferred) {
      LinePath x = pair.get(0);
      LinePath y = pair.get(1);
      if (compatible(x, y, anchorPairs)) {
        boolean restated = x.equals(restatedMatches.get(y));
        double score = MOVED_BASE + 0.08 * contextShare(x, y) + (restated ? 0.02 : 0);
        candidates.add(new Candidate(x, y, LinkKind.MOVED, score, movedEvidence(x, y, restated)));
      }
    }
    for (LinePath x : leftA) {
      Features f = fa.get(x);
      for (LinePath y : leftB) {
        if (!compatible(x, y, anchorPairs) || f.name.equals(fb.get(y).name)) {
          continue;
        }
        Features g = fb.get(y);
        double name =
            0.85 * NameSimilarity.dice(f.normalGrams, g.normalGrams)
                + 0.10 * NameSimilarity.dice(f.compactGrams, g.compactGrams)
                + 0.05 * contextShare(x, y);
        boolean restated = x.equals(restatedMatches.get(y));
        if (restated) {
          LinkKind kind =
              name >= settings.similarityThreshold() ? LinkKind.SIMILAR_NAME : LinkKind.RESTATED;
          candidates.add(
              new Candidate(
                  x,
                  y,
                  kind,
                  RESTATED_BASE + (SIMILAR_CAP - RESTATED_BASE) * name,
                  String.format(java.util.Locale.ROOT, "name score %.3f", name)
                      + "; the later book restates the earlier line's amount "
                      + evidence
                          .flatMap(r -> r.restatedAt(y))
                          .map(BigDecimal::toPlainString)
                          .orElse("")
                      + " exactly under the new path"));
        } else if (name >= settings.similarityThreshold()) {
          candidates.add(
              new Candidate(
                  x,
                  y,
                  LinkKind.SIMILAR_NAME,
                  SIMILAR_CAP * name,
                  String.format(java.util.Locale.ROOT, "name score %.3f", name)
                      + " ('"
                      + String.join(" > ", x.tail(settings.nameLevels()))
                      + "' ~ '"
                      + String.join(" > ", y.tail(settings.nameLevels()))
                      + "')"));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(Candidate::from)
            .thenComparing(Candidate::to));
    Map<LinePath, LinePath> partnerOfA = new TreeMap<>();
    Map<LinePath, LinePath> partnerOfB = new TreeMap<>();
    for (Candidate c : candidates) {
      if (leftA.contains(c.from) && leftB.contains(c.to)) {
        leftA.remove(c.from);
        leftB.remove(c.to);
        partnerOfA.put(c.from, c.to);
        partnerOfB.put(c.to, c.from);
        links.add(
            new Link(c.from, c.to, c.kind, BigDecimal.valueOf(Math.min(1.0, c.score)), c.evidence));
      }
    }
    for (Link l : links) {
      if (l.kind() == LinkKind.EXACT) {
        partnerOfA.put(l.from(), l.to());
        partnerOfB.put(l.to(), l.from());
      }
    }

    Set<String> generic = genericLeaves(a.keySet(), b.keySet());
    links.addAll(
        splits(a, b, leftA, leftB, partnerOfA, anchorPairs, evidence, generic, true, links));
    links.addAll(
        splits(b, a, leftB, leftA, partnerOfB, anchorPairs, evidence, generic, false, links));
    return YearLinks.of(from, to, links, zeroFrom, zeroTo, Optional.empty());
  }

  /**
   * One line of {@code wholes} continuing as several of {@code parts}: a split when run forwards, a
   * merge when run backwards (wholes are then the later year's lines).
   */
  private List<Link> splits(
      SortedMap<LinePath, BigDecimal> wholes,
      SortedMap<LinePath, BigDecimal> parts,
      TreeSet<LinePath> leftWholes,
      TreeSet<LinePath> leftParts,
      Map<LinePath, LinePath> partnerOf,
      Set<List<String>> anchorPairs,
      Optional<Restatement> evidence,
      Set<String> generic,
      boolean forwards,
      List<Link> oneToOne) {
    List<Link> out = new ArrayList<>();
    for (LinePath whole : wholes.keySet()) {
      boolean open = leftWholes.contains(whole);
      if (!open && (evidence.isEmpty() || !hasOneToOne(oneToOne, whole, partnerOf, forwards))) {
        continue;
      }
      String wholeLeaf = NameSimilarity.normalise(whole.leaf());
      if (wholeLeaf.length() < 2) {
        continue;
      }
      List<LinePath> found = new ArrayList<>();
      for (LinePath p : leftParts) {
        boolean compatible =
            forwards ? compatible(whole, p, anchorPairs) : compatible(p, whole, anchorPairs);
        if (compatible && related(wholeLeaf, p)) {
          found.add(p);
        }
      }
      if (found.isEmpty() || (open && found.size() < 2)) {
        continue;
      }
      List<LinePath> all = new ArrayList<>(found);
      Optional.ofNullable(partnerOf.get(whole)).ifPresent(all::add);
      Optional<BigDecimal> confirmed = confirmedSum(whole, all, evidence, forwards);
      BigDecimal score;
      String why;
      if (confirmed.isPresent()) {
        score = CONFIRMED_SPLIT_SCORE;
        why =
            "restated amounts of the "
                + all.size()
                + " parts sum exactly to the whole's "
                + confirmed.get().toPlainString();
      } else if (open && !generic.contains(wholeLeaf)) {
        BigDecimal sum = all.stream().map(parts::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ratio = sum.divide(wholes.get(whole), 3, RoundingMode.HALF_UP);
        if (ratio.compareTo(settings.splitRatioLow()) < 0
            || ratio.compareTo(settings.splitRatioHigh()) > 0) {
          continue;
        }
        score = RATIO_SPLIT_SCORE;
        why =
            all.size()
                + " parts whose names contain the whole's or each other; amounts "
                + ratio.toPlainString()
                + "× the whole";
      } else {
        continue;
      }
      leftWholes.remove(whole);
      List<LinePath> linked = new ArrayList<>(found);
      LinePath partner = partnerOf.get(whole);
      if (partner != null && !partner.equals(whole)) {
        // a renamed part that took the one-to-one link is a part of the split like the others
        oneToOne.removeIf(
            l ->
                forwards
                    ? l.from().equals(whole) && l.to().equals(partner)
                    : l.to().equals(whole) && l.from().equals(partner));
        linked.add(partner);
      }
      for (LinePath p : linked) {
        leftParts.remove(p);
        String text =
            (forwards ? "split of '" : "merge into '")
                + whole.leaf()
                + "' into "
                + all.size()
                + " lines: "
                + why;
        out.add(
            forwards
                ? new Link(whole, p, LinkKind.SPLIT, score, text)
                : new Link(p, whole, LinkKind.MERGE, score, text));
      }
    }
    return out;
  }

  /** Whether the whole still has its one-to-one link (an earlier split may have taken it). */
  private static boolean hasOneToOne(
      List<Link> links, LinePath whole, Map<LinePath, LinePath> partnerOf, boolean forwards) {
    LinePath partner = partnerOf.get(whole);
    if (partner == null) {
      return false;
    }
    LinePath from = forwards ? whole : partner;
    LinePath to = forwards ? partner : whole;
    return links.stream()
        .anyMatch(
            l ->
                l.from().equals(from)
                    && l.to().equals(to)
                    && l.kind() != LinkKind.SPLIT
                    && l.kind() != LinkKind.MERGE);
  }

  /**
   * The whole's own amount when the restated amounts of the parts (or, for merges, the parts' own
   * amounts against the whole's restatement) add up to it exactly.
   */
  private static Optional<BigDecimal> confirmedSum(
      LinePath whole, List<LinePath> parts, Optional<Restatement> evidence, boolean forwards) {
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    Restatement r = evidence.get();
    Optional<BigDecimal> target = forwards ? r.originalAt(whole) : r.restatedAt(whole);
    BigDecimal sum = BigDecimal.ZERO;
    for (LinePath p : parts) {
      Optional<BigDecimal> a = forwards ? r.restatedAt(p) : r.originalAt(p);
      if (a.isEmpty() || a.get().signum() == 0) {
        return Optional.empty();
      }
      sum = sum.add(a.get());
    }
    BigDecimal total = sum;
    return target.filter(t -> t.signum() != 0 && t.compareTo(total) == 0);
  }

  /** A part's leaf contains the whole's leaf, or the reverse, or its parent is named like it. */
  private boolean related(String wholeLeaf, LinePath part) {
    String leaf = NameSimilarity.normalise(part.leaf());
    if (leaf.length() < 2) {
      return false;
    }
    if (leaf.contains(wholeLeaf) || wholeLeaf.contains(leaf)) {
      return true;
    }
    List<String> name = part.tail(settings.nameLevels());
    return name.size() > 1 && NameSimilarity.normalise(name.get(0)).equals(wholeLeaf);
  }

  private String movedEvidence(LinePath x, LinePath y, boolean restated) {
    List<String> hx = x.head(settings.nameLevels());
    List<String> hy = y.head(settings.nameLevels());
    List<String> changes = new ArrayList<>();
    for (int i = 0; i < Math.min(hx.size(), hy.size()); i++) {
      if (!hx.get(i).equals(hy.get(i))) {
        changes.add(blank(hx.get(i)) + " → " + blank(hy.get(i)));
      }
    }
    return "same name '"
        + String.join(" > ", x.tail(settings.nameLevels()))
        + "'; parents changed: "
        + String.join("; ", changes)
        + (restated ? "; restated prior-year amount matches" : "");
  }

  private static String blank(String s) {
    return s.isEmpty() ? "(none)" : s;
  }

  private String anchor(LinePath p) {
    return settings.anchorLevel() < p.members().size() - settings.nameLevels()
        ? p.member(settings.anchorLevel())
        : "";
  }

  private boolean compatible(LinePath x, LinePath y, Set<List<String>> anchorPairs) {
    String ax = anchor(x);
    String ay = anchor(y);
    return ax.equals(ay) || anchorPairs.contains(List.of(ax, ay));
  }

  /** The share of parent levels on which the two paths agree. */
  private double contextShare(LinePath x, LinePath y) {
    List<String> hx = x.head(settings.nameLevels());
    List<String> hy = y.head(settings.nameLevels());
    int n = Math.max(hx.size(), hy.size());
    if (n == 0) {
      return 1;
    }
    int same = 0;
    for (int i = 0; i < Math.min(hx.size(), hy.size()); i++) {
      if (hx.get(i).equals(hy.get(i))) {
        same++;
      }
    }
    return (double) same / n;
  }

  private Map<List<String>, List<LinePath>> byName(Set<LinePath> paths) {
    Map<List<String>, List<LinePath>> out = new LinkedHashMap<>();
    for (LinePath p : paths) {
      out.computeIfAbsent(p.tail(settings.nameLevels()), k -> new ArrayList<>()).add(p);
    }
    return out;
  }

  private Map<LinePath, Features> features(Set<LinePath> paths) {
    Map<LinePath, Features> out = new HashMap<>();
    for (LinePath p : paths) {
      List<String> name = p.tail(settings.nameLevels());
      StringBuilder normal = new StringBuilder();
      StringBuilder compact = new StringBuilder();
      for (String n : name) {
        normal.append(NameSimilarity.normalise(n));
        compact.append(NameSimilarity.compact(n));
      }
      out.put(
          p,
          new Features(
              name,
              NameSimilarity.bigrams(normal.toString()),
              NameSimilarity.bigrams(compact.toString())));
    }
    return out;
  }

  /**
   * Normalised leaf names that occur three times or more in either year (기본경비, 예비비, 감가상각비):
   * containment on such names says nothing, so they split or merge only when restated amounts
   * confirm it.
   */
  private static Set<String> genericLeaves(Set<LinePath> a, Set<LinePath> b) {
    Set<String> out = new HashSet<>();
    for (Set<LinePath> side : List.of(a, b)) {
      Map<String, Integer> counts = new HashMap<>();
      for (LinePath p : side) {
        counts.merge(NameSimilarity.normalise(p.leaf()), 1, Integer::sum);
      }
      counts.forEach(
          (leaf, n) -> {
            if (n >= 3) {
              out.add(leaf);
            }
          });
    }
    return out;
  }

  private static Set<LinePath> zeroLines(YearLines lines) {
    Set<LinePath> out = new TreeSet<>();
    lines
        .amounts()
        .forEach(
            (p, a) -> {
              if (a.signum() == 0) {
                out.add(p);
              }
            });
    return out;
  }

  private static SortedMap<LinePath, BigDecimal> nonZero(YearLines lines) {
    SortedMap<LinePath, BigDecimal> out = new TreeMap<>(lines.amounts());
    out.values().removeIf(a -> a.signum() == 0);
    return out;
  }

  private record Features(List<String> name, int[] normalGrams, int[] compactGrams) {}

  private record Candidate(
      LinePath from, LinePath to, LinkKind kind, double score, String evidence) {}
}
