package org.yesan.cli;

import java.util.Optional;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import picocli.CommandLine.Option;

/** Drilldown and cuts shared by commands that run more than one query. */
final class QueryFilters {

  @Option(names = "--drilldown", description = "Levels to group by, e.g. ministry,program.")
  Optional<String> drilldown = Optional.empty();

  @Option(names = "--cut", description = "Filters, e.g. 'measure:expenditure|ministry:국방부'.")
  Optional<String> cut = Optional.empty();

  @Option(names = "--measure", description = "Shorthand for --cut measure:ID.")
  Optional<String> measure = Optional.empty();

  @Option(names = "--stage", description = "Shorthand for --cut stage:ID (with --years).")
  Optional<String> stage = Optional.empty();

  @Option(names = "--year", description = "Shorthand for --cut fiscal_year:YEAR (with --stages).")
  Optional<String> year = Optional.empty();

  AggregateQuery query(DatasetInfo info) {
    Dimensions dims = new Dimensions(info);
    Cuts cuts = Cuts.parse(cut.orElse(""), dims);
    if (measure.isPresent()) {
      cuts = cuts.with(Cuts.parse(Dimensions.MEASURE + ":" + measure.get(), dims).cuts().get(0));
    }
    if (stage.isPresent()) {
      cuts = cuts.with(Cuts.parse(Dimensions.STAGE + ":" + stage.get(), dims).cuts().get(0));
    }
    if (year.isPresent()) {
      cuts = cuts.with(Cuts.parse(Dimensions.FISCAL_YEAR + ":" + year.get(), dims).cuts().get(0));
    }
    return AggregateQuery.of(info.name())
        .withDrilldown(Drilldown.parse(drilldown.orElse("")))
        .withCuts(cuts);
  }
}
