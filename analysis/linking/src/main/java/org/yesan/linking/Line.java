package org.yesan.linking;

import java.math.BigDecimal;

/** One line of a year's budget at the chosen leaf level, with its exact amount. */
public record Line(LinePath path, BigDecimal amount) {

  public Line {
    if (path == null || amount == null) {
      throw new IllegalArgumentException("a line needs a path and an amount");
    }
  }
}
