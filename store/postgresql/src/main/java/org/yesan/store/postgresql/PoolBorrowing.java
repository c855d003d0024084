package org.yesan.store.postgresql;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Takes connections from the store's pool, telling a busy pool from a lost database: the pool's
 * short connection timeout makes requests fail fast (503) while the database is away, but when the
 * pool holds all its connections, lent to running statements, the database is fine and a request
 * waits its turn instead, up to {@link #BUSY_WAIT}.
 */
final class PoolBorrowing {

  /** The longest a request waits for a connection while all of them are busy. */
  static final Duration BUSY_WAIT = Duration.ofMinutes(2);

  private final HikariDataSource pool;
  private final Duration busyWait;

  PoolBorrowing(HikariDataSource pool, Duration busyWait) {
    this.pool = pool;
    this.busyWait = busyWait;
  }

  Connection borrow() throws SQLException {
    long deadline = System.nanoTime() + busyWait.toNanos();
    while (true) {
      try {
        return pool.getConnection();
      } catch (SQLTransientConnectionException e) {
        // a timeout with the pool full is load, not an outage: an outage breaks the connections
        // and the pool evicts them. Not "all active": at the moment of the timeout a connection
        // may be on its way from one request to the next and count as idle.
        if (!full() || System.nanoTime() - deadline >= 0) {
          throw e;
        }
      }
    }
  }

  private boolean full() {
    HikariPoolMXBean mx = pool.getHikariPoolMXBean();
    return mx != null && mx.getTotalConnections() >= pool.getMaximumPoolSize();
  }
}
