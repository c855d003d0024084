package org.yesan.store.imports;

import java.util.List;
import java.util.Optional;
import org.yesan.store.Slice;
import org.yesan.validation.ValidationReport;

/**
 * What an import changed: per dataset, the slices written and the slices they replaced; and the
 * warnings and notes about its files that did not stop it.
 */
public record ImportReport(
    List<DatasetChange> datasets,
    long facts,
    long millis,
    List<String> warnings,
    List<String> notes) {

  public ImportReport {
    datasets = List.copyOf(datasets);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }

  /**
   * The slices one dataset gained, how many existing slices were replaced, and the validation of
   * the dataset as the import committed it.
   */
  public record DatasetChange(
      String dataset,
      boolean created,
      List<Slice> written,
      int replaced,
      Optional<ValidationReport> validation) {
    public DatasetChange {
      written = List.copyOf(written);
    }

    public DatasetChange(String dataset, boolean created, List<Slice> written, int replaced) {
      this(dataset, created, written, replaced, Optional.empty());
    }

    public DatasetChange withValidation(ValidationReport report) {
      return new DatasetChange(dataset, created, written, replaced, Optional.of(report));
    }
  }
}
