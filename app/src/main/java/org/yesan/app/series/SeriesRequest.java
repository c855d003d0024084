package org.yesan.app.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.query.Cut;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.QueryException;

/**
 * One node's series asked for: the dataset, its measure (the only one, or named), the node as cuts
 * on its levels (never on year, stage or measure, which the series spans), the stages to list (all
 * by default) and the base year of real terms (default: the latest year with data the deflator
 * covers).
 */
public record SeriesRequest(
    String dataset, String measure, Cuts node, List<Stage> stages, Optional<Integer> baseYear) {

  public static final String MEASURE = "measure";
  public static final String STAGES = "stages";
  public static final String BASE_YEAR = "base_year";

  public SeriesRequest {
    for (String fixed : List.of(Dimensions.FISCAL_YEAR, Dimensions.STAGE, Dimensions.MEASURE)) {
      if (node.on(fixed).isPresent()) {
        throw new QueryException(
            Cuts.PARAMETER, 0, "a series spans every " + fixed + "; cut the node's levels only");
      }
    }
    stages = List.copyOf(stages);
  }

  /** From the texts both edges take. */
  public static SeriesRequest of(
      DatasetInfo d,
      Optional<String> measure,
      Cuts node,
      Optional<String> stages,
      Optional<Integer> baseYear) {
    List<Stage> listed = new ArrayList<>();
    if (stages.isPresent()) {
      for (String s : stages.get().split(",", -1)) {
        try {
          listed.add(Stage.parse(s.strip()));
        } catch (IllegalArgumentException e) {
          throw new QueryException(STAGES, 0, e.getMessage());
        }
      }
    }
    return new SeriesRequest(d.name(), measure(d, measure), node, listed, baseYear);
  }

  private static String measure(DatasetInfo d, Optional<String> measure) {
    Optional<String> given = measure.map(String::strip);
    List<String> ids = d.measures().stream().map(Measure::id).toList();
    if (given.isEmpty()) {
      if (ids.size() == 1) {
        return ids.get(0);
      }
      throw new QueryException(
          MEASURE, 0, "name one measure; " + d.name() + " has " + String.join(", ", ids));
    }
    if (!ids.contains(given.get())) {
      throw new QueryException(
          MEASURE,
          0,
          "unknown measure '" + given.get() + "'; " + d.name() + " has " + String.join(", ", ids));
    }
    return given.get();
  }

  /** The cuts of the one query: the node, the measure, and the stages when named. */
  public Cuts cuts() {
    Cuts c = node.with(Cut.of(Dimensions.MEASURE, measure));
    if (!stages.isEmpty()) {
      c = c.with(Cut.of(Dimensions.STAGE, stages.stream().map(Stage::id).toArray(String[]::new)));
    }
    return c;
  }
}
