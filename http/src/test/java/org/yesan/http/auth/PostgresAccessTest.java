package org.yesan.http.auth;

import org.yesan.store.FactStore;
import org.yesan.store.postgresql.LocalPostgres;
import org.yesan.store.postgresql.PostgresFactStore;

/** The server's access rules on a PostgreSQL store in a fresh database of a throwaway cluster. */
class PostgresAccessTest extends ServerAccessContract {

  @Override
  protected FactStore emptyStore() {
    return PostgresFactStore.open(LocalPostgres.newDatabase());
  }
}
