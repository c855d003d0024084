package org.yesan.app.compare;

import java.util.ArrayList;
import java.util.List;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Level;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.store.FactStore;

/**
 * The levels of a dataset at which a measure has members: what a comparison of that measure can be
 * drilled down by (the totals of the Korean headline data have no sectors, say), so that no edge
 * offers a level whose only row would be the measure's whole.
 */
public record MeasureLevels(String measure, List<String> levels) {

  /** The parameter naming the measure, {@code measure}. */
  public static final String MEASURE = Dimensions.MEASURE;

  public MeasureLevels {
    levels = List.copyOf(levels);
  }

  /** The levels, in the model's order, at which {@code measure} has a non-empty member. */
  public static MeasureLevels of(FactStore store, DatasetInfo dataset, String measure) {
    Dimensions dims = new Dimensions(dataset);
    Cuts cut = Cuts.parse(Dimensions.MEASURE + ":" + measure, dims);
    List<String> levels = new ArrayList<>();
    for (Level l : dataset.levels()) {
      if (hasMembers(store, dataset, cut, l.id())) {
        levels.add(l.id());
      }
    }
    return new MeasureLevels(measure, levels);
  }

  /** Whether the facts {@code cut} selects have a non-empty member at {@code level}. */
  static boolean hasMembers(FactStore store, DatasetInfo dataset, Cuts cut, String level) {
    // drilled by stage as well, so that the ambiguity rule lets the stages be listed, not summed
    AggregateResult r =
        store.aggregate(
            AggregateQuery.of(dataset.name())
                .withDrilldown(new Drilldown(List.of(level, Dimensions.STAGE)))
                .withCuts(cut));
    return r.cells().stream().anyMatch(c -> !c.member(0).isEmpty());
  }
}
