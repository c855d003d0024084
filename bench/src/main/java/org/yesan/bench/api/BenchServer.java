package org.yesan.bench.api;

import java.nio.file.Path;
import org.yesan.app.access.ServedStore;
import org.yesan.app.access.StoreAccess;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;

/**
 * Serves a store on 127.0.0.1 with the default configuration until the process is stopped, for a
 * load generator: the same server, routes, headers and read-only store as {@code yesan serve};
 * prints the targets of the throughput benchmark once it listens.
 *
 * <p>Usage: {@code BenchServer DB PORT}.
 */
public final class BenchServer {

  private BenchServer() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length < 2) {
      System.err.println("usage: BenchServer DB PORT");
      System.exit(2);
    }
    // the store as yesan serve holds it: read-only, reopened after an import
    ServedStore store =
        ServedStore.open(
            new StoreAccess(Path.of(args[0]), "bench server", StoreAccess.DEFAULT_WAIT));
    YesanServer server =
        YesanServer.start(store, ServerConfig.defaults().withPort(Integer.parseInt(args[1])));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                }));
    int year =
        store.slices(GeneratedBudget.DATASET).stream()
            .mapToInt(s -> s.fiscalYear().value())
            .max()
            .orElseThrow();
    System.out.println("listening " + server.url());
    System.out.println("aggregate " + BenchQuery.typical(year, "-").get(1).target());
    System.out.println("trivial /api/v1/datasets");
    System.out.flush();
    Thread.currentThread().join();
  }
}
