package org.yesan.realterms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.yesan.model.FiscalYear;

class RoundTripProperties {

  private static final PriceIndex DEFLATOR = ShippedSeries.koreaGdpDeflator();

  /**
   * Deflating year Y's amount to base B and back to Y returns it within the stated rounding: the
   * first rounding's error e (|e| ≤ half a won) is scaled by index(Y)/index(B) on the way back and
   * the second rounding adds up to half a won, so |back − x| ≤ ½·index(Y)/index(B) + ½.
   */
  @Property
  void deflatingToTheBaseAndBackReturnsTheAmountWithinTheRounding(
      @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long won,
      @ForAll @IntRange(min = 1960, max = 2020) int year,
      @ForAll @IntRange(min = 1960, max = 2020) int base) {
    BigDecimal x = BigDecimal.valueOf(won);
    Converted there =
        RealTermsConversion.nominal()
            .deflatedTo(base, DEFLATOR)
            .convert(x, "KRW", FiscalYear.of(year));
    Converted back =
        RealTermsConversion.nominal()
            .deflatedTo(year, DEFLATOR)
            .convert(there.result(), "KRW", FiscalYear.of(base));
    BigDecimal iy = DEFLATOR.at(year).value();
    BigDecimal ib = DEFLATOR.at(base).value();
    BigDecimal half = there.maxRoundingError();
    // |back − x| · ib ≤ half · (iy + ib), kept in exact arithmetic
    BigDecimal gap = back.result().subtract(x).abs().multiply(ib);
    assertThat(gap).isLessThanOrEqualTo(half.multiply(iy.add(ib)));
  }

  /** Converting in the base year itself changes nothing (factor 100.00/100.00). */
  @Property
  void theBaseYearIsLeftAlone(
      @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long won) {
    BigDecimal x = BigDecimal.valueOf(won);
    Converted c =
        RealTermsConversion.nominal()
            .deflatedTo(2015, DEFLATOR)
            .convert(x, "KRW", FiscalYear.of(2015));
    assertThat(c.result()).isEqualTo(x);
  }
}
