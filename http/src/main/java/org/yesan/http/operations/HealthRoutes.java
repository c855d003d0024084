package org.yesan.http.operations;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.yesan.failure.YesanException;
import org.yesan.http.Endpoint;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.store.FactStore;
import org.yesan.store.sql.StoreUnavailableException;

/**
 * {@code /healthz}: the process is up and answering. {@code /readyz}: the store answers a cheap
 * query within a short time, so a load balancer sends requests only where they can be served; when
 * it does not, 503 problem JSON.
 */
public final class HealthRoutes implements Routes {

  public static final String HEALTH = "/healthz";
  public static final String READY = "/readyz";

  // Daemon threads: a check stuck on an unreachable database must not keep the JVM from exiting.
  private static final ExecutorService CHECKS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "yesan-ready-check");
            t.setDaemon(true);
            return t;
          });

  private final Duration readyTimeout;

  public HealthRoutes(Duration readyTimeout) {
    this.readyTimeout = readyTimeout;
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.get(
            HEALTH,
            "health",
            "Whether the server process is up (200 while it answers at all)",
            List.of(),
            request -> Reply.json(status("up"))),
        Endpoint.get(
            READY,
            "ready",
            "Whether the store answers a cheap query within the ready timeout; 503 when not",
            List.of(),
            request -> {
              long ms = ready(request.store());
              ObjectNode body = status("ready");
              body.put("store_ms", ms);
              return Reply.json(body);
            }));
  }

  private static ObjectNode status(String s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("status", s);
    return o;
  }

  /** Lists the datasets within the timeout; returns the milliseconds it took. */
  private long ready(FactStore store) {
    long start = System.nanoTime();
    Future<?> check = CHECKS.submit(store::datasets);
    try {
      check.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
      return (System.nanoTime() - start) / 1_000_000;
    } catch (TimeoutException e) {
      check.cancel(true);
      throw new StoreUnavailableException(
          StoreUnavailableException.Reason.UNREACHABLE,
          "the store did not answer within " + readyTimeout.toMillis() + " ms",
          e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof YesanException y) {
        throw y instanceof StoreUnavailableException
            ? y
            : new StoreUnavailableException(
                StoreUnavailableException.Reason.UNREACHABLE, y.getMessage(), y);
      }
      throw new IllegalStateException("the readiness check failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking the store", e);
    }
  }
}
