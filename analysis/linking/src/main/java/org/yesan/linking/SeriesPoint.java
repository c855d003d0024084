package org.yesan.linking;

import java.math.BigDecimal;
import java.util.List;
import org.yesan.model.FiscalYear;

/**
 * A series' exact amount in one year, the lines summed to get it, and a note when it is a sum of
 * several lines.
 */
public record SeriesPoint(FiscalYear year, BigDecimal amount, List<LinePath> lines, String note) {

  public SeriesPoint {
    lines = List.copyOf(lines);
  }
}
