package org.yesan.claims.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yesan.claims.CheckedClaim;
import org.yesan.claims.Verdict;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.NumberMention;
import org.yesan.realterms.ExchangeRate;
import org.yesan.realterms.MissingYearException;
import org.yesan.realterms.Observation;
import org.yesan.realterms.RateBasis;

/**
 * A won amount restated in dollars (the swap line's 70조원 = $48.6 billion), checked with the KRW per
 * USD closing rate of the text's day from data/targets/exchange-rates.csv.
 */
final class SwapLineDollars {

  /** How far a restated dollar figure may stray from the day's closing rate before it is wrong. */
  private static final BigDecimal INTRADAY_BAND = new BigDecimal("0.01");

  private static final BigDecimal TWO = TargetClaims.TWO;
  private static final String ORIGIN = TargetClaims.ORIGIN;

  private final ExchangeRate usd;

  SwapLineDollars(ExchangeRate usd) {
    this.usd = usd;
  }

  Optional<CheckedClaim> dollars(
      Claim claim, CheckedClaim checked, Map<Integer, Claim> claims, Optional<LocalDate> date) {
    Optional<Claim> wonClaim =
        Optional.ofNullable(claims.get(claim.id() - 1))
            .filter(c -> c.sentence().equals(claim.sentence()))
            .filter(c -> c.figure().isMoneyIn("KRW"));
    if (wonClaim.isEmpty() || date.isEmpty() || !claim.figure().isMoneyIn("USD")) {
      return Optional.empty();
    }
    Optional<Observation> rate = rateOn(date.get());
    if (rate.isEmpty()) {
      return Optional.of(
          TargetClaims.with(
              checked,
              Verdict.UNVERIFIABLE,
              "no KRW per USD closing rate for "
                  + date.get()
                  + " or the week before it in "
                  + ORIGIN
                  + "/exchange-rates.csv",
              "",
              "",
              Optional.empty(),
              List.of()));
    }
    BigDecimal r = rate.get().value();
    NumberMention w = wonClaim.get().figure();
    // 'up to 70 trillion won': the ceiling is the figure restated
    BigDecimal wonLow = w.value().subtract(w.step().divide(TWO));
    BigDecimal wonHigh = w.upper().orElse(w.value()).add(w.step().divide(TWO));
    MathContext mc = new MathContext(12, RoundingMode.HALF_UP);
    BigDecimal usdLow = wonLow.divide(r, mc);
    BigDecimal usdHigh = wonHigh.divide(r, mc);
    BigDecimal usdPoint = w.value().divide(r, mc);
    BigDecimal lo = TargetClaims.low(claim.figure());
    BigDecimal hi = TargetClaims.high(claim.figure());
    boolean overlap = lo.compareTo(usdHigh) <= 0 && hi.compareTo(usdLow) >= 0;
    BigDecimal bandLow = usdLow.multiply(BigDecimal.ONE.subtract(INTRADAY_BAND));
    BigDecimal bandHigh = usdHigh.multiply(BigDecimal.ONE.add(INTRADAY_BAND));
    boolean farOff = hi.compareTo(bandLow) < 0 || lo.compareTo(bandHigh) > 0;
    Verdict v = overlap ? Verdict.SUPPORTED : farOff ? Verdict.CONTRADICTED : Verdict.UNVERIFIABLE;
    String shown =
        rate.get().written()
            + " KRW per USD ("
            + rate.get().period()
            + " close, "
            + rate.get().source().title()
            + ")";
    return Optional.of(
        TargetClaims.with(
            checked,
            v,
            switch (v) {
              case SUPPORTED ->
                  "at "
                      + shown
                      + " the won amount is $"
                      + usdPoint.movePointLeft(9).setScale(2, RoundingMode.HALF_UP)
                      + " billion; the stated dollars are within its range.";
              case CONTRADICTED ->
                  "at "
                      + shown
                      + " the won amount is $"
                      + usdPoint.movePointLeft(9).setScale(2, RoundingMode.HALF_UP)
                      + " billion, more than 1% away from the stated figure.";
              default ->
                  "at "
                      + shown
                      + " the won amount is $"
                      + usdPoint.movePointLeft(9).setScale(2, RoundingMode.HALF_UP)
                      + " billion; the stated figure is within 1% of it, as an intraday rate could give, but not within rounding.";
            },
            "["
                + wonLow.toPlainString()
                + ", "
                + wonHigh.toPlainString()
                + "] won ÷ "
                + r.toPlainString()
                + " = ["
                + usdLow.setScale(0, RoundingMode.HALF_UP).toPlainString()
                + ", "
                + usdHigh.setScale(0, RoundingMode.HALF_UP).toPlainString()
                + "] dollars",
            "the won figure's rounding (" + w.text() + ") and the dollar figure's",
            Optional.of(usdPoint),
            List.of()));
  }

  private Optional<Observation> rateOn(LocalDate day) {
    // the closing rate of the text's day, else of the last trading day in the week before it
    for (int back = 0; back <= 7; back++) {
      LocalDate d = day.minusDays(back);
      try {
        Observation o = usd.at(d.getYear(), RateBasis.END_OF_PERIOD);
        if (o.period().equals(d.toString())) {
          return Optional.of(o);
        }
      } catch (MissingYearException e) {
        // no rate for that year: keep looking back within the week
      }
    }
    return Optional.empty();
  }
}
