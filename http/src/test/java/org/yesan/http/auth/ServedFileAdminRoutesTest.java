package org.yesan.http.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.yesan.app.access.StoreAccess;
import org.yesan.store.FactStore;
import org.yesan.store.duckdb.DuckDbFactStore;

/** The admin's user and token routes on a DuckDB store file served as {@code yesan serve} does. */
class ServedFileAdminRoutesTest extends AdminRoutesContract {

  @Override
  protected FactStore emptyStore() throws Exception {
    Path file = Files.createTempDirectory("yesan-admin-routes-").resolve("store.duckdb");
    DuckDbFactStore.open(file).close();
    return new StoreAccess(file, "yesan serve (test)", Duration.ofSeconds(10)).openForServing();
  }
}
