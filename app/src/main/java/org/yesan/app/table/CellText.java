package org.yesan.app.table;

import java.math.BigDecimal;
import java.util.Optional;

/** How a cell reads as plain text in CSV and JSON: exact decimals, never exponent notation. */
final class CellText {

  private CellText() {}

  static Optional<String> of(Optional<Object> cell) {
    return cell.map(v -> v instanceof BigDecimal b ? b.toPlainString() : v.toString());
  }
}
