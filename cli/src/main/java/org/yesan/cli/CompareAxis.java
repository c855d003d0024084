package org.yesan.cli;

import java.util.List;
import org.yesan.compare.Comparison;
import org.yesan.linking.LinkedComparison;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.Dimensions;
import org.yesan.store.FactStore;
import picocli.CommandLine.Option;

/** The two sides of a comparison: two fiscal years, or two stages. */
final class CompareAxis {

  @Option(names = "--years", description = "Two fiscal years, e.g. 2017,2018.", split = ",")
  List<String> years;

  @Option(names = "--stages", description = "Two stages, e.g. proposal,enacted.", split = ",")
  List<String> stages;

  /** The dimension compared: fiscal_year or stage. */
  String dimension() {
    return years != null ? Dimensions.FISCAL_YEAR : Dimensions.STAGE;
  }

  /**
   * Runs the query once per side, cut to that side's year or stage, and joins the results; across
   * years, renamed members are joined into one row by their cross-year links.
   */
  Comparison compare(FactStore store, DatasetInfo info, AggregateQuery query) {
    List<String> v = values();
    return LinkedComparison.of(store, info, query, dimension(), v.get(0), v.get(1));
  }

  /** The two normalised values, base first. */
  List<String> values() {
    List<String> pair = years != null ? years : stages;
    if (pair.size() != 2) {
      throw new IllegalArgumentException(
          "expected two values to compare, such as 2017,2018 or proposal,enacted; found "
              + pair.size());
    }
    return years != null
        ? pair.stream().map(y -> FiscalYear.parse(y).toString()).toList()
        : pair.stream().map(s -> Stage.parse(s).id()).toList();
  }
}
