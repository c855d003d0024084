package org.yesan.bench.api;

import org.yesan.app.access.StoreAccess;
import org.yesan.app.access.StoreLocation;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.store.FactStore;

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
    // the store as yesan serve holds it: a file read-only and reopened after an import, or a
    // PostgreSQL database (DB as postgresql://USER@HOST:PORT/NAME)
    FactStore store =
        new StoreAccess(
                StoreLocation.parse(args[0], System.getenv()),
                "bench server",
                StoreAccess.DEFAULT_WAIT)
            .openForServing();
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
