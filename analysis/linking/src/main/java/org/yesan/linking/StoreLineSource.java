package org.yesan.linking;

import java.util.ArrayList;
import java.util.List;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Level;
import org.yesan.model.Stage;
import org.yesan.query.Cut;
import org.yesan.query.Cuts;
import org.yesan.query.FactsQuery;
import org.yesan.query.LineItem;
import org.yesan.query.QueryException;
import org.yesan.store.FactStore;

/**
 * Reads one dataset's lines from a fact store, cut at a leaf level: the thin edge between the store
 * and the pure linker.
 *
 * @param leafLevel the level id whose lines are linked, e.g. {@code unit_project}; levels below it
 *     are summed away
 */
public record StoreLineSource(FactStore store, String dataset, String leafLevel) {

  /** The lines of one year for a measure and stage, from the year's own book. */
  public YearLines lines(String measure, Stage stage, FiscalYear year) {
    return read(measure, stage, year, year);
  }

  /**
   * The later year's restatement of the year before it in one measure and stage (for 열린재정: {@code
   * expenditure_net}, enacted), beside that earlier year's own figures of the same measure.
   */
  public Restatement restatement(String measure, Stage stage, FiscalYear laterYear) {
    FiscalYear earlier = laterYear.previous();
    return Restatement.of(
        read(measure, stage, earlier, laterYear), read(measure, stage, earlier, earlier));
  }

  /** Whether the store holds the later year's restatement of the earlier year for this measure. */
  public boolean hasRestatement(String measure, Stage stage, FiscalYear laterYear) {
    return store.slices(dataset).stream()
        .anyMatch(
            s ->
                s.measure().equals(measure)
                    && s.stage().equals(stage)
                    && s.fiscalYear().equals(laterYear.previous())
                    && s.reportedIn().equals(laterYear));
  }

  private YearLines read(String measure, Stage stage, FiscalYear year, FiscalYear reportedIn) {
    DatasetInfo info = store.require(dataset);
    int leaf = -1;
    List<Level> levels = info.levels();
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).id().equals(leafLevel)) {
        leaf = i;
      }
    }
    if (leaf < 0) {
      throw new QueryException(
          "level", 0, "dataset " + dataset + " has no level '" + leafLevel + "'");
    }
    int depth = leaf + 1;
    Cuts cuts =
        Cuts.none()
            .with(Cut.of("measure", measure))
            .with(Cut.of("stage", stage.id()))
            .with(Cut.of("fiscal_year", year.toString()))
            .with(Cut.of("reported_in", reportedIn.toString()));
    List<Line> out = new ArrayList<>();
    store.forEachLine(
        FactsQuery.of(dataset).withCuts(cuts),
        (LineItem item) -> {
          List<String> members = new ArrayList<>(depth);
          for (int i = 0; i < depth; i++) {
            members.add(item.member(i).orElse(""));
          }
          if (members.stream().allMatch(String::isEmpty)) {
            return; // a fact of another branch of the model (e.g. a revenue item) has no path here
          }
          out.add(new Line(new LinePath(members), item.amount()));
        });
    return YearLines.of(year, out);
  }
}
