package org.yesan.cli;

import java.util.Optional;
import org.yesan.app.compare.ComparisonRequest;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import picocli.CommandLine.Option;

/** The two sides of a comparison as the CLI takes them: two fiscal years, or two stages. */
final class CompareAxis {

  @Option(names = "--years", description = "Two fiscal years, base first, e.g. 2017,2018.")
  Optional<String> years = Optional.empty();

  @Option(names = "--stages", description = "Two stages, base first, e.g. proposal,enacted.")
  Optional<String> stages = Optional.empty();

  /** The request, checked by the use case as the API's is. */
  ComparisonRequest request(DatasetInfo info, AggregateQuery query) {
    return ComparisonRequest.of(info, years, stages, query.drilldown(), query.cuts());
  }
}
