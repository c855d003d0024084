package org.yesan.validation;

import java.util.List;
import org.yesan.store.Slice;

/** Everything {@code yesan validate} found about one dataset: its slice totals and findings. */
public record ValidationReport(String dataset, List<Slice> totals, List<Finding> findings) {

  public ValidationReport {
    totals = List.copyOf(totals);
    findings = List.copyOf(findings);
  }

  /** Whether any check failed outright. */
  public boolean failed() {
    return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.FAILURE);
  }

  public long count(Finding.Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
