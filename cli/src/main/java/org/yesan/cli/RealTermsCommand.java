package org.yesan.cli;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.real.RealTermsRequest;
import org.yesan.app.real.RealTermsTable;
import org.yesan.model.DatasetInfo;
import org.yesan.store.FactStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code yesan real}: a query's amounts in a base year's prices, per person or in another currency,
 * each figure shown with the factor, the published values and the sources it was converted by.
 */
@Command(
    name = "real",
    mixinStandardHelpOptions = true,
    description = {
      "Amounts in real terms (a base year's prices), per person, or in another currency.",
      "Each figure states its factor and the published values it used; series files are"
          + " documented in docs/real-terms.md. Without FILE the series shipped in data/series/"
          + " are used (Korea: World Bank GDP deflator and population 1960-2020; a few KRW/USD"
          + " rates 2023-2025).",
      "The result is drilled down by fiscal_year unless the query cuts a single year."
    })
final class RealTermsCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  @Mixin QueryFilters filters;

  @Option(names = "--base-year", description = "Express amounts in this year's prices.")
  Optional<Integer> baseYear = Optional.empty();

  @Option(
      names = "--deflator",
      paramLabel = "FILE",
      description = "Price index CSV (default: the shipped Korean GDP deflator).")
  Optional<Path> deflator = Optional.empty();

  @Option(
      names = "--per-capita",
      paramLabel = "FILE",
      arity = "0..1",
      fallbackValue = "",
      description = "Divide by population; FILE is a population CSV (default: the shipped one).")
  Optional<String> perCapita = Optional.empty();

  @Option(
      names = "--fx",
      paramLabel = "FILE",
      description = "Exchange-rate CSV (default: the shipped KRW per USD rates).")
  Optional<Path> fx = Optional.empty();

  @Option(names = "--to", paramLabel = "CURRENCY", description = "Convert into this currency.")
  Optional<String> to = Optional.empty();

  @Option(
      names = "--fx-basis",
      description = "annual_average or end_of_period (default: ${DEFAULT-VALUE}).",
      defaultValue = "annual_average")
  String fxBasis = "annual_average";

  @Option(
      names = "--scale",
      description = "Decimal places of the result (default: ${DEFAULT-VALUE}).",
      defaultValue = "0")
  int scale;

  @Option(
      names = "--rounding",
      description = "Rounding mode of the result (default: ${DEFAULT-VALUE}).",
      defaultValue = "HALF_EVEN")
  RoundingMode rounding = RoundingMode.HALF_EVEN;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (FactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      RealTermsRequest request =
          new RealTermsRequest(
              filters.query(info),
              baseYear,
              deflator,
              perCapita.map(f -> f.isEmpty() ? Optional.<Path>empty() : Optional.of(Path.of(f))),
              to,
              fx,
              RealTermsRequest.basis(fxBasis),
              scale,
              rounding);
      RealTermsTable real = RealTermsTable.of(store, request);
      Listing.of(real.table(), listing.lang).print(listing, out);
      if (listing.format == OutputFormat.TABLE) {
        real.method().ifPresent(out::println);
        real.sources().forEach(s -> out.println("source: " + s));
        out.flush();
      }
    }
    return 0;
  }
}
