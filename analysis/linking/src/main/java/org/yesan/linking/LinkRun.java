package org.yesan.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * Links every consecutive pair of a span of years read from a store, applies overrides, and keeps
 * the lines, links, per-pair summaries and the series they make.
 */
public record LinkRun(
    List<YearLines> years, List<YearLinks> links, List<PairSummary> summaries, SeriesBook series) {

  public LinkRun {
    years = List.copyOf(years);
    links = List.copyOf(links);
    summaries = List.copyOf(summaries);
  }

  /**
   * Runs the linker.
   *
   * @param restatementMeasure the measure whose later-year restatements serve as evidence (for 열린재정
   *     gross expenditure: {@code expenditure_net}); used only where the store has them
   */
  public static LinkRun of(
      StoreLineSource source,
      String measure,
      Stage stage,
      Optional<String> restatementMeasure,
      FiscalYear first,
      FiscalYear last,
      LinkSettings settings,
      Optional<LinkOverrides> overrides) {
    List<YearLines> years = new ArrayList<>();
    for (FiscalYear y = first; y.compareTo(last) <= 0; y = y.next()) {
      years.add(source.lines(measure, stage, y));
    }
    YearLinker linker = new YearLinker(settings);
    List<YearLinks> links = new ArrayList<>();
    List<PairSummary> summaries = new ArrayList<>();
    for (int i = 0; i + 1 < years.size(); i++) {
      YearLines from = years.get(i);
      YearLines to = years.get(i + 1);
      Optional<Restatement> r =
          restatementMeasure
              .filter(m -> source.hasRestatement(m, stage, to.year()))
              .map(m -> source.restatement(m, stage, to.year()));
      YearLinks l = linker.link(from, to, r);
      if (overrides.isPresent()) {
        l = overrides.get().apply(l, from, to);
      }
      links.add(l);
      summaries.add(PairSummary.of(l, from, to));
    }
    return new LinkRun(years, links, summaries, SeriesBook.of(years, links));
  }
}
