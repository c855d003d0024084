package org.yesan.store.imports;

import java.util.List;
import java.util.stream.Collectors;
import org.yesan.failure.YesanException;
import org.yesan.validation.Finding;
import org.yesan.validation.ValidationReport;

/**
 * An import whose own validation failed: it was rolled back, and the reports say which checks
 * failed on the state it would have committed.
 */
public final class ImportRefusedException extends YesanException {

  private static final long serialVersionUID = 1L;

  private final transient List<ValidationReport> reports;

  public ImportRefusedException(List<ValidationReport> reports) {
    super(message(reports));
    this.reports = List.copyOf(reports);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID;
  }

  /** The validation of every dataset the import touched, failed or not. */
  public List<ValidationReport> reports() {
    return reports;
  }

  private static String message(List<ValidationReport> reports) {
    List<Finding> failed =
        reports.stream()
            .flatMap(r -> r.findings().stream())
            .filter(f -> f.severity() == Finding.Severity.FAILURE)
            .toList();
    return "import rolled back, the store is unchanged: "
        + failed.size()
        + " validation check"
        + (failed.size() == 1 ? "" : "s")
        + " failed: "
        + failed.stream()
            .limit(5)
            .map(f -> f.check() + " " + f.subject() + ": " + f.message())
            .collect(Collectors.joining("; "))
        + (failed.size() > 5 ? "; …" : "");
  }
}
