package org.yesan.store.postgresql;

import org.yesan.store.contract.StoreContract;
import org.yesan.store.imports.ImportingStore;

/** The store contract, run on a PostgreSQL store in a fresh database of a throwaway cluster. */
class PostgresContractTest extends StoreContract {

  @Override
  protected ImportingStore emptyStore() {
    return PostgresFactStore.open(LocalPostgres.newDatabase());
  }
}
