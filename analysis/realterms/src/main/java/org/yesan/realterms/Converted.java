package org.yesan.realterms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yesan.model.FiscalYear;
import org.yesan.money.CurrencyName;

/**
 * A figure converted to real terms, per person or to another currency, carrying everything needed
 * to state how: the original amount, the result, the exact factor, the rounding and each step with
 * the published values and sources it used.
 *
 * @param original the amount as stored, in {@code originalCurrency}
 * @param year the fiscal year the original amount belongs to
 * @param result {@code original × factor}, rounded once by {@code rounding}
 * @param pricesOf the base year when deflated (constant prices of that year), else empty (current
 *     prices)
 */
public record Converted(
    BigDecimal original,
    String originalCurrency,
    FiscalYear year,
    BigDecimal result,
    String resultCurrency,
    Optional<Integer> pricesOf,
    boolean perPerson,
    Factor factor,
    Rounding rounding,
    List<Step> steps) {

  public Converted {
    steps = List.copyOf(steps);
  }

  /** What the result is counted in: {@code 2015 won per person}, {@code dollars}. */
  public String unit() {
    String currency = currencyWords(resultCurrency);
    return pricesOf.map(y -> y + " " + currency).orElse(currency)
        + (perPerson ? " per person" : "");
  }

  /**
   * The full statement of method, shown with every converted figure: the unit, each step with its
   * values and sources, the overall factor and the rounding.
   */
  public String method() {
    String parts = steps.stream().map(Step::describe).collect(Collectors.joining("; "));
    return unit()
        + ": "
        + (steps.isEmpty() ? "no conversion" : parts)
        + "; factor "
        + factor
        + " ≈ "
        + factor.approximately().toPlainString()
        + "; "
        + rounding.describe();
  }

  /** The largest amount by which {@code result} can differ from the exact product. */
  public BigDecimal maxRoundingError() {
    return rounding.maxError();
  }

  static String currencyWords(String code) {
    try {
      return CurrencyName.forCode(code).plural();
    } catch (RuntimeException e) {
      return code;
    }
  }
}
