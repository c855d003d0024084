package org.yesan.store.duckdb;

import java.util.List;
import org.yesan.store.Slice;

/** What an import changed: per dataset, the slices written and the slices they replaced. */
public record ImportReport(List<DatasetChange> datasets, long facts, long millis) {

  public ImportReport {
    datasets = List.copyOf(datasets);
  }

  /** The slices one dataset gained, and how many existing slices were replaced. */
  public record DatasetChange(String dataset, boolean created, List<Slice> written, int replaced) {
    public DatasetChange {
      written = List.copyOf(written);
    }
  }
}
