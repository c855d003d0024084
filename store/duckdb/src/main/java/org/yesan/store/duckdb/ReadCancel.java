package org.yesan.store.duckdb;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The deadline of one read: past it, every statement the read made is cancelled ({@link
 * Statement#cancel()}, which DuckDB's driver answers by interrupting the query), and again every
 * {@value #REPEAT_MILLIS} ms until the read ends, so that a statement begun after the deadline
 * stops too. DuckDB's connection keeps working after a cancelled statement.
 */
final class ReadCancel implements AutoCloseable {

  static final long REPEAT_MILLIS = 10;

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "yesan-duckdb-read-deadline");
            t.setDaemon(true);
            return t;
          });

  private final List<Statement> statements = new CopyOnWriteArrayList<>();
  private final ScheduledFuture<?> task;
  private volatile boolean expired;

  ReadCancel(long millis) {
    this.task =
        TIMER.scheduleWithFixedDelay(this::cancelAll, millis, REPEAT_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Whether the deadline passed before the read ended. */
  boolean expired() {
    return expired;
  }

  private void cancelAll() {
    expired = true;
    for (Statement s : statements) {
      try {
        s.cancel();
      } catch (SQLException | RuntimeException e) {
        // closed already: nothing of it runs
      }
    }
  }

  /** The connection as the read uses it: the same, but each statement it makes is tracked. */
  Connection track(Connection c) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              Object out;
              try {
                out = method.invoke(c, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              if (out instanceof Statement s) {
                statements.add(s);
                if (expired) {
                  s.cancel();
                }
              }
              return out;
            });
  }

  @Override
  public void close() {
    task.cancel(false);
  }
}
