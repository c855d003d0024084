package org.yesan.http.auth;

import org.yesan.store.FactStore;
import org.yesan.store.postgresql.LocalPostgres;
import org.yesan.store.postgresql.PostgresFactStore;

/** The admin's user and token routes on a PostgreSQL store in a fresh database. */
class PostgresAdminRoutesTest extends AdminRoutesContract {

  @Override
  protected FactStore emptyStore() {
    return PostgresFactStore.open(LocalPostgres.newDatabase());
  }
}
