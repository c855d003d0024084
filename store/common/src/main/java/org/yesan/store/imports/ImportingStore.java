package org.yesan.store.imports;

import java.util.List;
import org.yesan.store.FactStore;

/** A store that imports files as well as answering queries: the port both stores implement. */
public interface ImportingStore extends FactStore {

  /**
   * Imports files as one transaction: all of them land, or none does and the store is unchanged.
   * Each file's slices replace the stored slices of the same measure, year, stage and vintage; two
   * files of one import that hold the same slice are refused, and the import is validated before it
   * commits.
   *
   * @throws org.yesan.ingest.InputException at the first bad row of any file
   * @throws ImportRefusedException when the validation of the would-be state fails
   */
  default ImportReport importFiles(List<ImportInput> inputs, ImportProgress progress) {
    return importFilesWithAudit(inputs, progress, ImportAudit.NONE);
  }

  /**
   * As {@link #importFiles(List, ImportProgress)}, writing what {@code audit} makes of the report
   * to the store's audit log inside the same transaction, so that no committed import goes
   * unlogged.
   */
  ImportReport importFilesWithAudit(
      List<ImportInput> inputs, ImportProgress progress, ImportAudit audit);

  /** Where the store is, as messages name it (a file, or a server and database). */
  String location();
}
