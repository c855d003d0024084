package org.yesan.cli;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.realterms.Converted;
import org.yesan.realterms.Observation;
import org.yesan.realterms.RateBasis;
import org.yesan.realterms.RealTermsConversion;
import org.yesan.realterms.RealTermsException;
import org.yesan.realterms.RealTermsResult;
import org.yesan.realterms.Rounding;
import org.yesan.realterms.SeriesFile;
import org.yesan.realterms.ShippedSeries;
import org.yesan.realterms.Step;
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
    PrintWriter err = spec.commandLine().getErr();
    if (baseYear.isEmpty() && perCapita.isEmpty() && to.isEmpty()) {
      err.println("yesan: nothing to convert: give --base-year, --per-capita or --to");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    if (deflator.isPresent() && baseYear.isEmpty()) {
      err.println("yesan: --deflator needs --base-year");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    if (fx.isPresent() && to.isEmpty()) {
      err.println("yesan: --fx needs --to CURRENCY");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    Optional<RateBasis> basis = RateBasis.parse(fxBasis);
    if (basis.isEmpty()) {
      err.println("yesan: --fx-basis must be annual_average or end_of_period, found " + fxBasis);
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    RealTermsConversion conversion = conversion(basis.get());
    try (FactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      AggregateResult result = store.aggregate(byYear(filters.query(info)));
      RealTermsResult real = RealTermsResult.of(result, info.currency(), conversion);
      print(real, info, out);
    } catch (RealTermsException e) {
      err.println("yesan: " + e.getMessage());
      err.flush();
      return YesanCli.EXIT_QUERY;
    }
    return 0;
  }

  private RealTermsConversion conversion(RateBasis basis) {
    RealTermsConversion c = RealTermsConversion.nominal().rounded(new Rounding(scale, rounding));
    if (baseYear.isPresent()) {
      c =
          c.deflatedTo(
              baseYear.get(),
              deflator.map(SeriesFile::priceIndex).orElseGet(ShippedSeries::koreaGdpDeflator));
    }
    if (perCapita.isPresent()) {
      c =
          c.perPerson(
              perCapita.get().isEmpty()
                  ? ShippedSeries.koreaPopulation()
                  : SeriesFile.population(Path.of(perCapita.get())));
    }
    if (to.isPresent()) {
      c =
          c.in(
              to.get(),
              fx.map(SeriesFile::exchangeRate).orElseGet(ShippedSeries::koreaUsdRates),
              basis);
    }
    return c;
  }

  /** Drills down by fiscal_year first unless the query already does or cuts a single year. */
  static AggregateQuery byYear(AggregateQuery q) {
    if (q.drilldown().contains(Dimensions.FISCAL_YEAR)) {
      return q;
    }
    Optional<Cut> years = q.cuts().on(Dimensions.FISCAL_YEAR);
    boolean single =
        years.isPresent()
            && (years.get().range().map(r -> r.from() == r.to()).orElse(false)
                || years.get().values().size() == 1);
    if (single) {
      return q;
    }
    List<String> dims = new ArrayList<>();
    dims.add(Dimensions.FISCAL_YEAR);
    dims.addAll(q.drilldown().dimensions());
    return q.withDrilldown(new Drilldown(dims));
  }

  private void print(RealTermsResult real, DatasetInfo info, PrintWriter out) {
    AggregateResult source = real.source();
    String unit = real.cells().isEmpty() ? "converted" : real.cells().get(0).converted().unit();
    String resultCurrency =
        real.cells().isEmpty() ? info.currency() : real.cells().get(0).converted().resultCurrency();
    Amounts amounts = new Amounts(listing.lang, resultCurrency);
    Listing l = new Listing();
    for (String d : source.dimensions()) {
      l.column(d, Listing.Kind.TEXT);
    }
    boolean table = listing.format == OutputFormat.TABLE;
    l.column("nominal", Listing.Kind.AMOUNT)
        .column(unit, Listing.Kind.AMOUNT)
        .column("readable", Listing.Kind.READABLE)
        .column("factor", Listing.Kind.TEXT)
        .column("values_used", Listing.Kind.TEXT);
    if (!table) {
      l.column("method", Listing.Kind.TEXT);
    }
    Set<String> sources = new LinkedHashSet<>();
    for (RealTermsResult.RealCell c : real.cells()) {
      Converted v = c.converted();
      List<Object> row = new ArrayList<>();
      for (int i = 0; i < source.dimensions().size(); i++) {
        String m = c.cell().member(i);
        row.add(m.isEmpty() ? null : m);
      }
      row.add(v.original());
      row.add(v.result());
      row.add(amounts.readable(v.result()));
      row.add(v.factor() + " ≈ " + v.factor().approximately().toPlainString());
      row.add(valuesUsed(v));
      if (!table) {
        row.add(v.method());
      }
      l.row(row.toArray());
      for (Step s : v.steps()) {
        for (Observation o : s.values()) {
          sources.add(o.origin() + ": " + o.source().citation());
        }
      }
    }
    l.print(listing, out);
    if (table) {
      if (!real.cells().isEmpty()) {
        Converted first = real.cells().get(0).converted();
        out.println(
            unit
                + " = nominal × factor; "
                + first.rounding().describe()
                + (first.pricesOf().isPresent() && !first.resultCurrency().equals(info.currency())
                    ? "; deflated in "
                        + info.currency()
                        + ", then converted at the base year's rate"
                    : ""));
      }
      for (String s : sources) {
        out.println("source: " + s);
      }
      out.flush();
    }
  }

  /** The published values behind a figure: {@code GDP deflator 2015=100.00, 2017=104.25}. */
  private static String valuesUsed(Converted v) {
    List<String> parts = new ArrayList<>();
    for (Step s : v.steps()) {
      StringBuilder b = new StringBuilder();
      for (Observation o : s.values()) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(o.period()).append('=').append(o.written());
      }
      String what =
          switch (s.kind()) {
            case DEFLATE -> "deflator ";
            case PER_CAPITA -> "persons ";
            case CURRENCY -> "rate ";
          };
      parts.add(what + b);
    }
    return String.join("; ", parts);
  }
}
