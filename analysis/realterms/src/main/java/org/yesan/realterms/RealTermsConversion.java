package org.yesan.realterms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.model.FiscalYear;

/**
 * A recipe for normalising amounts: optionally deflate to a base year's prices, divide by
 * population, and convert currency at a dated rate; the factors are multiplied exactly and the
 * result is rounded once.
 *
 * <p>When an amount is both deflated and converted, the rate of the base year is used: the amount
 * is first expressed in base-year won, so it is converted at base-year prices and rates (constant
 * base-year dollars). Without deflation the rate of the amount's own fiscal year is used.
 */
public record RealTermsConversion(
    Optional<Deflation> deflation,
    Optional<Population> perCapita,
    Optional<CurrencyChange> currency,
    Rounding rounding) {

  /** Deflate with {@code index} to the prices of {@code baseYear}. */
  public record Deflation(PriceIndex index, int baseYear) {}

  /** Convert into {@code to} with {@code rates} on {@code basis}. */
  public record CurrencyChange(ExchangeRate rates, String to, RateBasis basis) {}

  /** No conversion at all (factor 1); add steps with the {@code with…} methods. */
  public static RealTermsConversion nominal() {
    return new RealTermsConversion(
        Optional.empty(), Optional.empty(), Optional.empty(), Rounding.WHOLE_UNITS);
  }

  public RealTermsConversion deflatedTo(int baseYear, PriceIndex index) {
    return new RealTermsConversion(
        Optional.of(new Deflation(index, baseYear)), perCapita, currency, rounding);
  }

  public RealTermsConversion perPerson(Population population) {
    return new RealTermsConversion(deflation, Optional.of(population), currency, rounding);
  }

  public RealTermsConversion in(String to, ExchangeRate rates, RateBasis basis) {
    return new RealTermsConversion(
        deflation, perCapita, Optional.of(new CurrencyChange(rates, to, basis)), rounding);
  }

  public RealTermsConversion rounded(Rounding r) {
    return new RealTermsConversion(deflation, perCapita, currency, r);
  }

  /**
   * Converts an amount of {@code currencyCode} belonging to fiscal year {@code year}.
   *
   * @throws MissingYearException when a series lacks a year the conversion needs
   * @throws RealTermsException when the exchange rates do not join the two currencies
   */
  public Converted convert(BigDecimal amount, String currencyCode, FiscalYear year) {
    List<Step> steps = new ArrayList<>();
    Factor factor = Factor.ONE;
    if (deflation.isPresent()) {
      Deflation d = deflation.get();
      Observation base = d.index().at(d.baseYear());
      Observation at = d.index().at(year.value());
      Factor f = new Factor(base.value(), at.value());
      steps.add(
          new Step(
              Step.Kind.DEFLATE,
              f,
              List.of(base, at),
              "deflated to "
                  + d.baseYear()
                  + " prices by "
                  + d.index().label()
                  + ": × "
                  + base.written()
                  + " ("
                  + d.baseYear()
                  + ") / "
                  + at.written()
                  + " ("
                  + year.value()
                  + ")"));
      factor = factor.times(f);
    }
    if (perCapita.isPresent()) {
      Population p = perCapita.get();
      Observation persons = p.at(year.value());
      Factor f = new Factor(BigDecimal.ONE, persons.value());
      steps.add(
          new Step(
              Step.Kind.PER_CAPITA,
              f,
              List.of(persons),
              "per person by "
                  + p.label()
                  + ": / "
                  + persons.written()
                  + " ("
                  + year.value()
                  + ")"));
      factor = factor.times(f);
    }
    String resultCurrency = currencyCode;
    if (currency.isPresent()) {
      CurrencyChange c = currency.get();
      int rateYear = deflation.map(Deflation::baseYear).orElse(year.value());
      ExchangeRate rates = c.rates();
      Factor f;
      String how;
      if (currencyCode.equals(rates.quote()) && c.to().equals(rates.base())) {
        Observation rate = rates.at(rateYear, c.basis());
        f = new Factor(BigDecimal.ONE, rate.value());
        how = ": / " + rate.written();
        steps.add(currencyStep(c, rate, rateYear, f, how));
      } else if (currencyCode.equals(rates.base()) && c.to().equals(rates.quote())) {
        Observation rate = rates.at(rateYear, c.basis());
        f = new Factor(rate.value(), BigDecimal.ONE);
        how = ": × " + rate.written();
        steps.add(currencyStep(c, rate, rateYear, f, how));
      } else {
        throw new RealTermsException(
            "cannot convert "
                + currencyCode
                + " to "
                + c.to()
                + " with "
                + rates.pair()
                + " rates from "
                + rates.origin());
      }
      factor = factor.times(f);
      resultCurrency = c.to();
    }
    return new Converted(
        amount,
        currencyCode,
        year,
        factor.apply(amount, rounding),
        resultCurrency,
        deflation.map(Deflation::baseYear),
        perCapita.isPresent(),
        factor,
        rounding,
        steps);
  }

  private static Step currencyStep(
      CurrencyChange c, Observation rate, int rateYear, Factor f, String how) {
    return new Step(
        Step.Kind.CURRENCY,
        f,
        List.of(rate),
        "in "
            + c.to()
            + " at "
            + rate.written()
            + " "
            + c.rates().pair()
            + " ("
            + rate.period()
            + (rate.period().equals(Integer.toString(rateYear)) ? "" : ", for " + rateYear)
            + " "
            + c.basis().words()
            + ")"
            + how);
  }
}
