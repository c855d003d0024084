package org.yesan.linking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A proposed continuation of a line from one year to the next, with its kind, a score in [0, 1]
 * (three decimals, used for ranking only) and the evidence in words.
 */
public record Link(LinePath from, LinePath to, LinkKind kind, BigDecimal score, String evidence) {

  public Link {
    if (from == null || to == null || kind == null || evidence == null) {
      throw new IllegalArgumentException("a link needs from, to, kind and evidence");
    }
    score = score.setScale(3, RoundingMode.HALF_UP);
    if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("a link score lies in [0, 1], found " + score);
    }
  }
}
