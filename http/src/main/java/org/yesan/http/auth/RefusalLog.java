package org.yesan.http.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yesan.app.access.ServedStore;
import org.yesan.audit.AuditEntry;
import org.yesan.audit.AuditLog;
import org.yesan.store.FactStore;

/**
 * Writes refused requests to the audit log off the request's thread, in batches: a refusal is
 * answered at once, and a flood of them costs a served DuckDB file one close and reopen per batch
 * rather than one per request. Past {@value #CAPACITY} waiting entries, further ones are counted in
 * the server's log instead.
 */
final class RefusalLog implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);

  static final int CAPACITY = 10_000;

  private final FactStore store;
  private final AuditLog log;
  private final BlockingQueue<AuditEntry> waiting = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicLong dropped = new AtomicLong();
  private final Thread writer;

  RefusalLog(FactStore store, AuditLog log) {
    this.store = store;
    this.log = log;
    this.writer = new Thread(this::run, "yesan-audit-refusals");
    writer.setDaemon(true);
    writer.start();
  }

  void add(AuditEntry e) {
    if (!waiting.offer(e)) {
      long n = dropped.incrementAndGet();
      if (n == 1 || n % 1000 == 0) {
        LOG.warn("the audit log is {} refusals behind; {} not written: {}", CAPACITY, n, e);
      }
    }
  }

  private void run() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        AuditEntry first = waiting.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        List<AuditEntry> batch = new ArrayList<>();
        batch.add(first);
        waiting.drainTo(batch);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.error("could not write refused requests to the audit log", e);
      }
    }
  }

  private void write(List<AuditEntry> batch) {
    if (store instanceof ServedStore served) {
      served.writing(
          w -> {
            batch.forEach(((AuditLog) w)::append);
            return null;
          });
    } else {
      batch.forEach(log::append);
    }
  }

  @Override
  public void close() {
    writer.interrupt();
  }
}
