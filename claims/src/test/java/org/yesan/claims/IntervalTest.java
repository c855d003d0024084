package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Which rounded figures can stand for the same value. */
class IntervalTest {

  private static Interval tenth(String value) {
    return Interval.rounded(new BigDecimal(value), new BigDecimal("0.1"));
  }

  @Test
  void neighbouringRoundingsDoNotOverlap() {
    // 273.9 stands for 273.85 up to 273.95, 273.8 for 273.75 up to 273.85: they share no value
    // that rounds to both under one rounding mode.
    assertThat(tenth("273.9").overlaps(tenth("273.8"))).isFalse();
    assertThat(tenth("273.8").overlaps(tenth("273.9"))).isFalse();
    assertThat(tenth("273.8").overlaps(tenth("273.8"))).isTrue();
  }

  @Test
  void aSingleValueOnABoundIsInside() {
    Interval exact = Interval.exact(new BigDecimal("273.85"));
    assertThat(exact.overlaps(tenth("273.9"))).isTrue();
    assertThat(tenth("273.8").overlaps(exact)).isTrue();
    assertThat(
            Interval.atLeast(BigDecimal.valueOf(5)).overlaps(Interval.exact(BigDecimal.valueOf(5))))
        .isTrue();
  }

  /** Overlap is symmetric, and two roundings to one step overlap exactly when they are equal. */
  @Property
  void roundingsToOneStepOverlapOnlyWhenEqual(
      @ForAll @IntRange(min = 0, max = 100_000) int a,
      @ForAll @IntRange(min = 0, max = 100_000) int b) {
    Interval x = tenth(BigDecimal.valueOf(a, 1).toPlainString());
    Interval y = tenth(BigDecimal.valueOf(b, 1).toPlainString());
    assertThat(x.overlaps(y)).isEqualTo(y.overlaps(x)).isEqualTo(a == b);
  }
}
