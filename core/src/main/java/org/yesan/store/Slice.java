package org.yesan.store;

import java.math.BigDecimal;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * The facts of one dataset for one measure, fiscal year, stage and vintage: the unit that an import
 * replaces as a whole.
 */
public record Slice(
    String measure,
    FiscalYear fiscalYear,
    Stage stage,
    FiscalYear reportedIn,
    long facts,
    BigDecimal total,
    String sourceFile) {

  /** Whether this slice is the year's own report rather than a later restatement. */
  public boolean isOwnReport() {
    return fiscalYear.equals(reportedIn);
  }
}
