package org.yesan.realterms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.model.FiscalYear;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;
import org.yesan.query.Dimensions;

/**
 * An aggregate result in real terms: each cell beside its converted amount and the provenance of
 * the conversion. The cell's fiscal year comes from its {@code fiscal_year} member, or from a query
 * cut to a single year when the result is not drilled down by year.
 */
public record RealTermsResult(AggregateResult source, List<RealCell> cells) {

  public RealTermsResult {
    cells = List.copyOf(cells);
  }

  /** One cell of the source result with its fiscal year and converted amount. */
  public record RealCell(AggregateResult.Cell cell, FiscalYear year, Converted converted) {}

  /**
   * Converts every cell of {@code result}, whose amounts are in {@code currency}.
   *
   * @throws RealTermsException when no fiscal year can be told for the cells
   * @throws MissingYearException when a series lacks one of the cells' years
   */
  public static RealTermsResult of(
      AggregateResult result, String currency, RealTermsConversion conversion) {
    int yearAt = result.dimensions().indexOf(Dimensions.FISCAL_YEAR);
    Optional<FiscalYear> single = yearAt >= 0 ? Optional.empty() : singleYear(result);
    if (yearAt < 0 && single.isEmpty()) {
      throw new RealTermsException(
          "real terms need the fiscal year of every amount: drill down by fiscal_year or cut a"
              + " single fiscal_year");
    }
    List<RealCell> out = new ArrayList<>();
    for (AggregateResult.Cell c : result.cells()) {
      FiscalYear year = yearAt >= 0 ? FiscalYear.parse(c.member(yearAt)) : single.get();
      out.add(new RealCell(c, year, conversion.convert(c.amount(), currency, year)));
    }
    return new RealTermsResult(result, out);
  }

  private static Optional<FiscalYear> singleYear(AggregateResult result) {
    Optional<Cut> cut = result.query().cuts().on(Dimensions.FISCAL_YEAR);
    if (cut.isEmpty()) {
      return Optional.empty();
    }
    Cut c = cut.get();
    if (c.range().isPresent()) {
      Cut.YearRange r = c.range().get();
      return r.from() == r.to() ? Optional.of(FiscalYear.of(r.from())) : Optional.empty();
    }
    return c.values().size() == 1
        ? Optional.of(FiscalYear.parse(c.values().get(0)))
        : Optional.empty();
  }
}
