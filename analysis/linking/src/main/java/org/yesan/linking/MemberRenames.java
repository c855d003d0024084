package org.yesan.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Level;
import org.yesan.model.Stage;
import org.yesan.store.FactStore;

/**
 * Members of a drilldown (a ministry, or ministry and program) that continue under another name in
 * a later year, read from the cross-year links of their lines: {@code 행정자치부 → 행정안전부}.
 *
 * <p>A member X of the earlier year is renamed Y when X is gone in the later year, Y is new in it,
 * most of X's linked lines continue under Y and most of Y's linked lines come from X. A member
 * split among several successors, or several merged into one, is not a rename and keeps its two
 * one-sided rows. Over several years the renames of each consecutive pair are followed in turn.
 */
public record MemberRenames(Map<List<String>, List<String>> renames) {

  private static final String LEAF = "unit_project";

  public MemberRenames {
    renames = Map.copyOf(renames);
  }

  /** No renames. */
  public static MemberRenames none() {
    return new MemberRenames(Map.of());
  }

  /**
   * Links the lines of every year from {@code from} to {@code to} at unit-project level and reads
   * the renames of the given drilldown levels; none when a dimension is not a level of the dataset
   * at or above unit_project, or the dataset has no unit_project level.
   */
  public static MemberRenames between(
      FactStore store,
      DatasetInfo info,
      String measure,
      Stage stage,
      FiscalYear from,
      FiscalYear to,
      List<String> dimensions) {
    Optional<List<Integer>> levels = levelIndexes(info, dimensions);
    if (levels.isEmpty() || from.compareTo(to) >= 0) {
      return none();
    }
    // Linking two years takes seconds; the answer depends only on the dataset's content, so a
    // dashboard asking again (another sort, another language) gets it from here.
    Optional<List<Object>> key =
        info.contentHash()
            .map(h -> List.of(info.name(), h, measure, stage.id(), from, to, dimensions));
    if (key.isPresent()) {
      synchronized (CACHE) {
        MemberRenames known = CACHE.get(key.get());
        if (known != null) {
          return known;
        }
      }
    }
    LinkRun run =
        LinkRun.of(
            new StoreLineSource(store, info.name(), LEAF),
            measure,
            stage,
            info.measure("expenditure_net").map(m -> m.id()),
            from,
            to,
            LinkSettings.defaults(),
            Optional.empty());
    MemberRenames found = of(run.years(), run.links(), levels.get());
    key.ifPresent(
        k -> {
          synchronized (CACHE) {
            CACHE.put(k, found);
          }
        });
    return found;
  }

  private static final int CACHED = 64;

  private static final Map<List<Object>, MemberRenames> CACHE =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, MemberRenames> eldest) {
          return size() > CACHED;
        }
      };

  /** The positions of the dimensions among the line path's levels, if each is one. */
  static Optional<List<Integer>> levelIndexes(DatasetInfo info, List<String> dimensions) {
    List<String> ids = info.levels().stream().map(Level::id).toList();
    int leaf = ids.indexOf(LEAF);
    if (leaf < 0 || dimensions.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> out = new ArrayList<>();
    for (String d : dimensions) {
      int i = ids.indexOf(d);
      if (i < 0 || i > leaf) {
        return Optional.empty();
      }
      out.add(i);
    }
    return Optional.of(out);
  }

  /** Follows each consecutive pair's renames at the given path positions. */
  static MemberRenames of(List<YearLines> years, List<YearLinks> links, List<Integer> levels) {
    Map<List<String>, List<String>> chained = new LinkedHashMap<>();
    for (LinePath p : years.get(0).amounts().keySet()) {
      List<String> m = project(p, levels);
      chained.put(m, m);
    }
    for (int i = 0; i < links.size(); i++) {
      Map<List<String>, List<String>> pair =
          pair(years.get(i), years.get(i + 1), links.get(i), levels);
      chained.replaceAll((first, now) -> pair.getOrDefault(now, now));
    }
    Map<List<String>, List<String>> out = new LinkedHashMap<>();
    chained.forEach(
        (first, last) -> {
          if (!first.equals(last)) {
            out.put(first, last);
          }
        });
    return new MemberRenames(out);
  }

  private static Map<List<String>, List<String>> pair(
      YearLines from, YearLines to, YearLinks links, List<Integer> levels) {
    Set<List<String>> before = members(from, levels);
    Set<List<String>> after = members(to, levels);
    Map<List<String>, Map<List<String>, Integer>> forward = new HashMap<>();
    Map<List<String>, Map<List<String>, Integer>> backward = new HashMap<>();
    for (Link l : links.links()) {
      List<String> x = project(l.from(), levels);
      List<String> y = project(l.to(), levels);
      forward.computeIfAbsent(x, k -> new HashMap<>()).merge(y, 1, Integer::sum);
      backward.computeIfAbsent(y, k -> new HashMap<>()).merge(x, 1, Integer::sum);
    }
    Map<List<String>, List<String>> out = new HashMap<>();
    for (Map.Entry<List<String>, Map<List<String>, Integer>> e : forward.entrySet()) {
      List<String> x = e.getKey();
      Optional<List<String>> y = majority(e.getValue());
      if (after.contains(x) || y.isEmpty() || before.contains(y.get())) {
        continue;
      }
      if (majority(backward.get(y.get())).filter(x::equals).isPresent()) {
        out.put(x, y.get());
      }
    }
    return out;
  }

  /** The key holding more than half of all counts, if one does. */
  private static Optional<List<String>> majority(Map<List<String>, Integer> counts) {
    int all = counts.values().stream().mapToInt(Integer::intValue).sum();
    return counts.entrySet().stream()
        .filter(e -> 2 * e.getValue() > all)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static Set<List<String>> members(YearLines year, List<Integer> levels) {
    Set<List<String>> out = new HashSet<>();
    year.amounts().keySet().forEach(p -> out.add(project(p, levels)));
    return out;
  }

  private static List<String> project(LinePath p, List<Integer> levels) {
    return levels.stream().map(p::member).toList();
  }
}
