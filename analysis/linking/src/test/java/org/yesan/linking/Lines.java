package org.yesan.linking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yesan.model.FiscalYear;

/** Builds small hand-written years for tests: ministry > program > unit project = amount. */
final class Lines {

  private final FiscalYear year;
  private final List<Line> lines = new ArrayList<>();

  private Lines(int year) {
    this.year = FiscalYear.of(year);
  }

  static Lines year(int year) {
    return new Lines(year);
  }

  Lines line(String ministry, String program, String unit, long amount) {
    lines.add(new Line(LinePath.of(ministry, program, unit), BigDecimal.valueOf(amount)));
    return this;
  }

  YearLines build() {
    return YearLines.of(year, lines);
  }
}
