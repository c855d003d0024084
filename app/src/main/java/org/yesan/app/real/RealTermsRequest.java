package org.yesan.app.real;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.query.AggregateQuery;
import org.yesan.query.Cut;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.QueryException;
import org.yesan.realterms.RateBasis;
import org.yesan.realterms.RealTermsConversion;
import org.yesan.realterms.Rounding;
import org.yesan.realterms.SeriesFile;
import org.yesan.realterms.ShippedSeries;

/**
 * A query's amounts to convert: into a base year's prices, per person, and into another currency,
 * each by a series file or (when none is named) the series shipped in {@code data/series/}; the
 * result rounded to {@code scale} places by {@code rounding}. Validated at construction.
 *
 * @param perCapita present to divide by population: a population file, or empty for the shipped one
 */
public record RealTermsRequest(
    AggregateQuery query,
    Optional<Integer> baseYear,
    Optional<Path> deflator,
    Optional<Optional<Path>> perCapita,
    Optional<String> currency,
    Optional<Path> rates,
    RateBasis basis,
    int scale,
    RoundingMode rounding) {

  public static final String BASE_YEAR = "base_year";
  public static final String DEFLATOR = "deflator";
  public static final String PER_CAPITA = "per_capita";
  public static final String TO = "to";
  public static final String FX = "fx";
  public static final String FX_BASIS = "fx_basis";
  public static final String SCALE = "scale";
  public static final String ROUNDING = "rounding";

  public RealTermsRequest {
    if (baseYear.isEmpty() && perCapita.isEmpty() && currency.isEmpty()) {
      throw new QueryException(
          BASE_YEAR,
          0,
          "nothing to convert: give a base year, per capita or a currency to convert to");
    }
    if (deflator.isPresent() && baseYear.isEmpty()) {
      throw new QueryException(DEFLATOR, 0, "a deflator needs a base year");
    }
    if (rates.isPresent() && currency.isEmpty()) {
      throw new QueryException(FX, 0, "exchange rates need a currency to convert to");
    }
    if (scale < 0 || scale > 12) {
      throw new QueryException(SCALE, 0, "expected 0 to 12 decimal places, found " + scale);
    }
    if (rounding == RoundingMode.UNNECESSARY) {
      // deflator and rate ratios rarely terminate, so UNNECESSARY would fail on most cells
      throw new QueryException(ROUNDING, 0, "expected a rounding mode other than UNNECESSARY");
    }
  }

  /** The rate basis named {@code annual_average} or {@code end_of_period}, or a query error. */
  public static RateBasis basis(String id) {
    return RateBasis.parse(id)
        .orElseThrow(
            () ->
                new QueryException(
                    FX_BASIS, 0, "expected annual_average or end_of_period, found '" + id + "'"));
  }

  /** The conversion, reading the series files named. */
  public RealTermsConversion conversion() {
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
              perCapita
                  .get()
                  .map(SeriesFile::population)
                  .orElseGet(ShippedSeries::koreaPopulation));
    }
    if (currency.isPresent()) {
      c =
          c.in(
              currency.get(),
              rates.map(SeriesFile::exchangeRate).orElseGet(ShippedSeries::koreaUsdRates),
              basis);
    }
    return c;
  }

  /** The query drilled down by fiscal_year first, unless it already is or cuts a single year. */
  public AggregateQuery byYear() {
    if (query.drilldown().contains(Dimensions.FISCAL_YEAR)) {
      return query;
    }
    Optional<Cut> years = query.cuts().on(Dimensions.FISCAL_YEAR);
    boolean single =
        years.isPresent()
            && (years.get().range().map(r -> r.from() == r.to()).orElse(false)
                || years.get().values().size() == 1);
    if (single) {
      return query;
    }
    List<String> dims = new ArrayList<>();
    dims.add(Dimensions.FISCAL_YEAR);
    dims.addAll(query.drilldown().dimensions());
    return query.withDrilldown(new Drilldown(dims));
  }
}
