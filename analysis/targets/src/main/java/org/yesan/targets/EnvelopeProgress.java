package org.yesan.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How far annual amounts of one basis have filled a multi-year envelope by a year: the amounts
 * counted (one per year, the most final stage), their sum, what is left, and the shortfall against
 * an even spread of the total over the envelope's years (an assumption of Yesan's, since the
 * sources publish no annual schedule). {@code atLeast} means a counted amount is a published floor,
 * so the sum is a floor too.
 */
public record EnvelopeProgress(
    int asOfYear,
    String basis,
    List<EnvelopeAmount> counted,
    BigDecimal filled,
    boolean atLeast,
    Optional<BigDecimal> left,
    Optional<BigDecimal> evenSpreadByYear,
    Optional<BigDecimal> behindSchedule) {

  public EnvelopeProgress {
    counted = List.copyOf(counted);
  }
}
