package org.yesan.app.access;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yesan.accounts.Account;
import org.yesan.accounts.AccountStore;
import org.yesan.accounts.Role;
import org.yesan.accounts.TokenInfo;
import org.yesan.app.access.StoreHolders.Registration;
import org.yesan.audit.AuditEntry;
import org.yesan.audit.AuditLog;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.FactsQuery;
import org.yesan.query.FactsResult;
import org.yesan.query.LineItem;
import org.yesan.store.FactStore;
import org.yesan.store.Slice;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.duckdb.StoreLockedException;
import org.yesan.store.imports.ImportingStore;
import org.yesan.store.sql.ReadDeadline;
import org.yesan.validation.ValidationReport;

/**
 * The store as a running server holds it: read-only, so other commands read beside it; when an
 * import asks (see {@link StoreHolders#requestRelease()}), it finishes the reads under way, closes
 * the file, and opens it again once the import has committed, so the server answers from the new
 * data without a restart. A request that arrives meanwhile waits a few seconds, then is told the
 * store is busy.
 */
public final class ServedStore implements FactStore, AccountStore, AuditLog, ReadDeadline {

  private static final Logger LOG = LoggerFactory.getLogger(ServedStore.class);
  private static final long WATCH_MILLIS = 250;

  private final StoreAccess access;
  private final Registration registration;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ScheduledExecutorService watcher;
  private volatile Optional<DuckDbFactStore> current;
  private volatile long generation;
  private volatile boolean writingHere;
  private volatile Duration readLimit = Duration.ZERO;

  private ServedStore(StoreAccess access, DuckDbFactStore first) {
    this.access = access;
    this.current = Optional.of(first);
    this.registration = access.registerServing();
    this.watcher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "yesan-store-watch");
              t.setDaemon(true);
              return t;
            });
    watcher.scheduleWithFixedDelay(this::watch, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Opens the store read-only for serving (waiting like any reader) and starts watching it. */
  public static ServedStore open(StoreAccess access) {
    DuckDbFactStore first = access.openForReadingUnrecorded();
    return new ServedStore(access, first);
  }

  /** How many times the store was opened again after an import; 0 until the first one. */
  public long generation() {
    return generation;
  }

  /** Where the store is, for messages. */
  public String location() {
    return access.file().toString();
  }

  private void watch() {
    if (writingHere) {
      return;
    }
    try {
      boolean asked = access.holders().releaseRequested();
      if (asked && current.isPresent()) {
        lock.writeLock().lock();
        try {
          current.get().close();
          current = Optional.empty();
        } finally {
          lock.writeLock().unlock();
        }
        LOG.info("closed {} for an import; reopening once it has committed", location());
      } else if (!asked && current.isEmpty()) {
        DuckDbFactStore reopened = access.tryReading();
        reopened.limitReads(readLimit);
        lock.writeLock().lock();
        try {
          current = Optional.of(reopened);
          generation++;
        } finally {
          lock.writeLock().unlock();
        }
        LOG.info("reopened {} after an import", location());
      }
    } catch (StoreLockedException e) {
      // the import has not let go yet; the next look tries again
    } catch (RuntimeException e) {
      LOG.error("watching {} failed", location(), e);
    }
  }

  private <T> T read(Function<DuckDbFactStore, T> body) {
    long deadline = System.nanoTime() + access.waitLimit().toNanos();
    while (true) {
      lock.readLock().lock();
      try {
        Optional<DuckDbFactStore> s = current;
        if (s.isPresent()) {
          return body.apply(s.get());
        }
      } finally {
        lock.readLock().unlock();
      }
      if (System.nanoTime() - deadline > 0) {
        throw new StoreBusyException(
            "the store is closed while an import runs; waited "
                + access.waitLimit().toSeconds()
                + " s. Try again in a moment.",
            null);
      }
      StoreAccess.pause(50);
    }
  }

  @Override
  public List<DatasetInfo> datasets() {
    return read(DuckDbFactStore::datasets);
  }

  @Override
  public Optional<DatasetInfo> dataset(String name) {
    return read(s -> s.dataset(name));
  }

  @Override
  public List<Slice> slices(String dataset) {
    return read(s -> s.slices(dataset));
  }

  @Override
  public AggregateResult aggregate(AggregateQuery query) {
    return read(s -> s.aggregate(query));
  }

  @Override
  public FactsResult facts(FactsQuery query) {
    return read(s -> s.facts(query));
  }

  @Override
  public void forEachLine(FactsQuery query, Consumer<LineItem> consumer) {
    read(
        s -> {
          s.forEachLine(query, consumer);
          return null;
        });
  }

  @Override
  public ValidationReport validate(String dataset) {
    return read(s -> s.validate(dataset));
  }

  /**
   * Runs a change on the store opened for writing: this server lets go of the file like it does for
   * any import (see {@link #watch()}), and opens it again once the change has committed.
   */
  public synchronized <T> T writing(Function<ImportingStore, T> body) {
    // DuckDB opens a file once per process in one mode: the read-only connection closes first,
    // and the watcher leaves it closed until the change is done, then opens it again.
    writingHere = true;
    try {
      lock.writeLock().lock();
      try {
        current.ifPresent(DuckDbFactStore::close);
        current = Optional.empty();
      } finally {
        lock.writeLock().unlock();
      }
      try (ImportingStore w = access.openForWriting()) {
        return body.apply(w);
      }
    } finally {
      writingHere = false;
    }
  }

  private void writingAccounts(Consumer<DuckDbFactStore> body) {
    writing(
        w -> {
          body.accept((DuckDbFactStore) w);
          return null;
        });
  }

  @Override
  public void addUser(Account account) {
    writingAccounts(w -> w.addUser(account));
  }

  @Override
  public List<Account> users() {
    return read(DuckDbFactStore::users);
  }

  @Override
  public boolean setRole(String name, Role role) {
    return writing(w -> ((DuckDbFactStore) w).setRole(name, role));
  }

  @Override
  public boolean removeUser(String name, java.time.Instant at) {
    return writing(w -> ((DuckDbFactStore) w).removeUser(name, at));
  }

  @Override
  public void addToken(TokenInfo token, String hash) {
    writingAccounts(w -> w.addToken(token, hash));
  }

  @Override
  public boolean revokeToken(String id, java.time.Instant at) {
    return writing(w -> ((DuckDbFactStore) w).revokeToken(id, at));
  }

  @Override
  public List<TokenInfo> tokens() {
    return read(DuckDbFactStore::tokens);
  }

  @Override
  public Optional<StoredToken> tokenByHash(String hash) {
    return read(s -> s.tokenByHash(hash));
  }

  @Override
  public void append(AuditEntry entry) {
    writingAccounts(w -> w.append(entry));
  }

  @Override
  public List<AuditEntry> auditEntries(int offset, int limit) {
    return read(s -> s.auditEntries(offset, limit));
  }

  @Override
  public long auditCount() {
    return read(DuckDbFactStore::auditCount);
  }

  /** Limits the reads of the store as now open and of every reopening after an import. */
  @Override
  public void limitReads(Duration limit) {
    lock.readLock().lock();
    try {
      readLimit = limit;
      current.ifPresent(s -> s.limitReads(limit));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Waits this long at most for a reopening under way; for tests. */
  Duration waitLimit() {
    return access.waitLimit();
  }

  @Override
  public void close() {
    watcher.shutdownNow();
    lock.writeLock().lock();
    try {
      current.ifPresent(DuckDbFactStore::close);
      current = Optional.empty();
    } finally {
      lock.writeLock().unlock();
      registration.close();
    }
  }
}
