package org.yesan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AmountTextTest {

  @Test
  void triangleMeansMinus() {
    assertThat(AmountText.parse("△1,234")).contains(new BigDecimal("-1234"));
    assertThat(AmountText.parse("△ 5")).contains(new BigDecimal("-5"));
    assertThat(AmountText.parse("△-5")).isEmpty();
    assertThat(AmountText.parse("△")).isEmpty();
  }

  @Test
  void amountsLongerThanAnyBudgetAreRefusedAndSaidToBe() {
    String digits27 = "1".repeat(27);
    assertThat(AmountText.parse(digits27)).contains(new BigDecimal(digits27));
    assertThat(AmountText.parse(digits27 + "1")).isEmpty();
    assertThat(AmountText.tooLong(digits27 + "1")).isTrue();
    assertThat(AmountText.tooLong("12x")).isFalse();
    assertThat(AmountText.tooLong("△" + "9".repeat(40))).isTrue();
  }

  /** Writing a long as Korean tables do and reading it back gives the long. */
  @Property(tries = 300)
  void groupedAndTriangleFormsReadBack(@ForAll long value) {
    String grouped = String.format("%,d", Math.abs(value));
    String written = value < 0 ? "△" + grouped : grouped;
    if (value == Long.MIN_VALUE) {
      return; // |MIN_VALUE| is not a long
    }
    assertThat(AmountText.parse(written)).isEqualTo(Optional.of(BigDecimal.valueOf(value)));
  }
}
