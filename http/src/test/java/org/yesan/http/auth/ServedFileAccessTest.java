package org.yesan.http.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.yesan.app.access.StoreAccess;
import org.yesan.store.FactStore;
import org.yesan.store.duckdb.DuckDbFactStore;

/** The server's access rules on a DuckDB store file served as {@code yesan serve} serves it. */
class ServedFileAccessTest extends ServerAccessContract {

  @Override
  protected FactStore emptyStore() throws Exception {
    Path dir = Files.createTempDirectory("yesan-served-access-");
    Path file = dir.resolve("store.duckdb");
    DuckDbFactStore.open(file).close();
    return new StoreAccess(file, "yesan serve (test)", Duration.ofSeconds(10)).openForServing();
  }
}
