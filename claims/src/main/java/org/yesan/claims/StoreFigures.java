package org.yesan.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yesan.claims.text.Subject;
import org.yesan.claims.text.SubjectTarget;
import org.yesan.model.DatasetInfo;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.store.FactStore;

/**
 * The store figures of one check: for each subject, the series of amounts by fiscal year and stage
 * in every dataset that has it, fetched once through {@link FactStore#aggregate} and timed.
 */
final class StoreFigures {

  /** One subject's amounts in one dataset, by (fiscal year, stage id). */
  record Series(
      DatasetInfo dataset,
      SubjectTarget target,
      Map<String, BigDecimal> amounts,
      String query,
      Optional<Integer> reportedIn) {

    Optional<BigDecimal> at(int year, Stage stage) {
      return Optional.ofNullable(amounts.get(year + "|" + stage.id()));
    }

    /** The stages the series has a figure for in {@code year}, in the series' order. */
    List<Stage> stages(int year) {
      List<Stage> out = new ArrayList<>();
      for (String key : amounts.keySet()) {
        String[] p = key.split("\\|");
        if (Integer.parseInt(p[0]) == year) {
          out.add(Stage.parse(p[1]));
        }
      }
      return out;
    }

    /** The last supplementary round of a year that the series has, as passed or proposed. */
    Optional<Stage> latestSupplementary(int year) {
      return stages(year).stream().filter(Stage::isSupplementary).max(Stage::compareTo);
    }

    /** The (year, stage) pairs of years before {@code year}, with their amounts. */
    Map<String, BigDecimal> before(int year) {
      Map<String, BigDecimal> out = new LinkedHashMap<>();
      amounts.forEach(
          (k, v) -> {
            if (Integer.parseInt(k.split("\\|")[0]) < year) {
              out.put(k, v);
            }
          });
      return out;
    }

    String coverage() {
      return coverage(amounts);
    }

    static String coverage(Map<String, BigDecimal> amounts) {
      List<Integer> years =
          amounts.keySet().stream()
              .map(k -> Integer.parseInt(k.split("\\|")[0]))
              .sorted()
              .distinct()
              .toList();
      if (years.isEmpty()) {
        return "no years";
      }
      return years.get(0) + "–" + years.get(years.size() - 1);
    }

    /** What the series holds for a year, e.g. {@code proposal 61.6조원}. */
    String stagesOf(int year) {
      return amounts.entrySet().stream()
          .filter(e -> e.getKey().startsWith(year + "|"))
          .map(e -> e.getKey().split("\\|")[1] + " " + shown(e.getValue()))
          .collect(Collectors.joining(", "));
    }

    /** A figure as the series holds it: won as 조/억, a percentage of GDP as a percentage. */
    String shown(BigDecimal v) {
      boolean percent =
          dataset
              .measure(target.measure())
              .map(m -> m.quantity() == org.yesan.model.Measure.Quantity.PERCENT)
              .orElse(false);
      return percent ? v.stripTrailingZeros().toPlainString() + "%" : WonText.of(v);
    }

    String label() {
      return dataset.name() + " " + target + restatement();
    }

    /** How the label says which budget's documents stated the figures, when not their own. */
    String restatement() {
      return reportedIn.map(y -> " (as restated in the FY" + y + " documents)").orElse("");
    }

    DataRow row(int year, Stage stage) {
      BigDecimal amount = at(year, stage).orElseThrow();
      return new DataRow(
          dataset.name(),
          target.measure(),
          target.level().map(l -> l + ":" + target.member().orElseThrow()).orElse(""),
          year,
          stage.id(),
          amount,
          WonText.of(amount),
          precisionText(dataset, amount));
    }

    /** The values this figure can stand for, given how its source rounded it. */
    Interval interval(int year, Stage stage) {
      BigDecimal amount = at(year, stage).orElseThrow();
      return dataStep(dataset, amount)
          .map(s -> Interval.rounded(amount, s))
          .orElse(Interval.exact(amount));
    }
  }

  private final FactStore store;
  private final Optional<String> onlyDataset;
  private Map<String, List<Series>> cache = new HashMap<>();
  private final List<DatasetInfo> datasets;
  private long queryNanos;
  private int queries;

  StoreFigures(FactStore store, Optional<String> onlyDataset) {
    this.store = store;
    this.onlyDataset = onlyDataset;
    this.datasets = onlyDataset.map(n -> List.of(store.require(n))).orElseGet(store::datasets);
  }

  /**
   * Shares the fetched series with earlier checks of the same store contents; {@code shared} must
   * belong to those contents (see {@link #contents}).
   */
  void shareWith(Map<String, List<Series>> shared) {
    this.cache = shared;
  }

  /** What the checked datasets hold, as of their last import: a new import changes it. */
  String contents() {
    return datasets.stream()
        .map(
            d ->
                d.name()
                    + "@"
                    + d.importedAt().map(Object::toString).orElse("?")
                    + "#"
                    + d.contentHash().orElse("?"))
        .collect(Collectors.joining(","));
  }

  List<DatasetInfo> datasets() {
    return datasets;
  }

  long queryNanos() {
    return queryNanos;
  }

  int queries() {
    return queries;
  }

  /** Every series of the subject's first target that some dataset has; empty if none has any. */
  List<Series> series(Subject subject) {
    return cache.computeIfAbsent(
        subject.id() + subject.targets(), id -> fetch(subject, Optional.empty()));
  }

  /**
   * The subject's figures as the documents of budget year {@code reportedIn} state them: the year's
   * own figures and the earlier years it restated, the base its growth rates are published against.
   */
  List<Series> restated(Subject subject, int reportedIn) {
    return cache.computeIfAbsent(
        subject.id() + subject.targets() + "@" + reportedIn,
        id -> fetch(subject, Optional.of(reportedIn)));
  }

  private List<Series> fetch(Subject subject, Optional<Integer> reportedIn) {
    for (SubjectTarget t : subject.targets()) {
      List<Series> out = new ArrayList<>();
      for (DatasetInfo d : datasets) {
        if (d.measure(t.measure()).isEmpty()
            || t.level().isPresent() && d.level(t.level().get()).isEmpty()) {
          continue;
        }
        AggregateQuery q =
            AggregateQuery.of(d.name())
                .withDrilldown(Drilldown.parse(Dimensions.FISCAL_YEAR + "," + Dimensions.STAGE))
                .withCut(Cut.of(Dimensions.MEASURE, t.measure()));
        if (t.level().isPresent()) {
          q = q.withCut(Cut.of(t.level().get(), t.member().orElseThrow()));
        }
        if (reportedIn.isPresent()) {
          q = q.withCut(Cut.of(Dimensions.REPORTED_IN, String.valueOf(reportedIn.get())));
        }
        long started = System.nanoTime();
        AggregateResult r = store.aggregate(q);
        queryNanos += System.nanoTime() - started;
        queries++;
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (AggregateResult.Cell c : r.cells()) {
          amounts.put(c.member(0) + "|" + c.member(1), c.amount());
        }
        if (!amounts.isEmpty()) {
          out.add(
              new Series(
                  d,
                  t,
                  amounts,
                  d.name() + "?drilldown=" + q.drilldown() + "&cut=" + q.cuts(),
                  reportedIn));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /** The datasets' measures, for saying what the store does have. */
  String describeDatasets() {
    return datasets.stream()
        .map(
            d ->
                d.name()
                    + " ("
                    + d.measures().stream().map(m -> m.id()).collect(Collectors.joining(", "))
                    + ")")
        .collect(Collectors.joining("; "));
  }

  /**
   * The step a source rounded a figure to: the hand-compiled headline figures are stated in 조원 to
   * the digits given (at least one decimal); line-item sums in 천원 or 원 are exact.
   */
  static Optional<BigDecimal> dataStep(DatasetInfo d, BigDecimal amount) {
    if (d.sourceUnit().factor().compareTo(SourceUnit.TRILLION_WON.factor()) != 0) {
      return Optional.empty();
    }
    int decimals = Math.max(1, amount.movePointLeft(12).stripTrailingZeros().scale());
    return Optional.of(BigDecimal.ONE.movePointRight(12 - decimals));
  }

  static String precisionText(DatasetInfo d, BigDecimal amount) {
    return dataStep(d, amount)
        .map(
            s ->
                "stated to "
                    + WonText.of(s)
                    + " in the source, so ±"
                    + WonText.of(s.multiply(new BigDecimal("0.5"))))
        .orElse("exact (sum of line items in " + d.sourceUnit().label() + ")");
  }
}
