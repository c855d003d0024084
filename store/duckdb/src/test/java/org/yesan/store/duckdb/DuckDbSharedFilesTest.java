package org.yesan.store.duckdb;

import org.yesan.store.contract.SharedFilesContract;
import org.yesan.store.imports.ImportingStore;

/** Every shared file's totals, kept exactly by an in-memory DuckDB store. */
class DuckDbSharedFilesTest extends SharedFilesContract {

  @Override
  protected ImportingStore emptyStore() {
    return DuckDbFactStore.inMemory();
  }
}
