package org.yesan.store.duckdb;

import org.yesan.store.contract.StoreContract;
import org.yesan.store.imports.ImportingStore;

/** The store contract, run on an in-memory DuckDB store. */
class DuckDbContractTest extends StoreContract {

  @Override
  protected ImportingStore emptyStore() {
    return DuckDbFactStore.inMemory();
  }
}
