package org.yesan.store.postgresql;

import org.yesan.store.contract.SharedFilesContract;
import org.yesan.store.imports.ImportingStore;

/** Every shared file's totals, kept exactly by a PostgreSQL store. */
class PostgresSharedFilesTest extends SharedFilesContract {

  @Override
  protected ImportingStore emptyStore() {
    return PostgresFactStore.open(LocalPostgres.newDatabase());
  }
}
