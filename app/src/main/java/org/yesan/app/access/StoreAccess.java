package org.yesan.app.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yesan.app.access.StoreHolders.Holder;
import org.yesan.app.access.StoreHolders.Registration;
import org.yesan.store.FactStore;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.duckdb.StoreLockedException;
import org.yesan.store.imports.ImportingStore;
import org.yesan.store.postgresql.PostgresFactStore;
import org.yesan.store.postgresql.PostgresServer;

/**
 * Opens the store the way every Yesan command should beside other Yesan processes. A store file is
 * read read-only (so queries run beside a server and each other), written after asking servers to
 * let go, and a lock held by someone else is waited on for a few seconds, then named. A PostgreSQL
 * store needs none of that: the server keeps readers and the one importer apart itself.
 */
public final class StoreAccess {

  /** How long a command waits for a store another process holds before it gives up. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

  /** How long a write waits for running servers to finish their requests and let go. */
  static final Duration SERVER_GRACE = Duration.ofSeconds(30);

  private static final long POLL_MILLIS = 100;

  private final Path file;
  private final Optional<PostgresServer> server;
  private final String command;
  private final Duration wait;
  private final StoreHolders holders;

  /**
   * @param command how messages to other processes name this one, e.g. {@code yesan import …}
   */
  public StoreAccess(Path file, String command, Duration wait) {
    this(new StoreLocation.Embedded(file), command, wait);
  }

  /**
   * @param command how messages to other processes name this one, e.g. {@code yesan import …}
   */
  public StoreAccess(StoreLocation location, String command, Duration wait) {
    if (wait.isNegative()) {
      throw new IllegalArgumentException("wait must not be negative, found " + wait);
    }
    this.server =
        location instanceof StoreLocation.Server s ? Optional.of(s.server()) : Optional.empty();
    // A database has no file beside which to keep holder records; they are never written for it.
    this.file =
        location instanceof StoreLocation.Embedded e ? e.file() : Path.of("postgresql-store");
    this.command = command;
    this.wait = wait;
    this.holders = new StoreHolders(file);
  }

  /** The store file; for a PostgreSQL store, a name that is never opened. */
  public Path file() {
    return file;
  }

  /** How messages name the store: its file, or its server and database without the password. */
  public String described() {
    return server.map(PostgresServer::described).orElse(file.toString());
  }

  /**
   * The store for a server's requests: a store file is opened read-only and closed for imports (see
   * {@link ServedStore}); a database is shared as it is.
   */
  public FactStore openForServing() {
    if (server.isPresent()) {
      return PostgresFactStore.openForReading(server.get());
    }
    return ServedStore.open(this);
  }

  StoreHolders holders() {
    return holders;
  }

  Duration waitLimit() {
    return wait;
  }

  /** The store for reading only; a store file is waited for while another process writes it. */
  public FactStore openForReading() {
    if (server.isPresent()) {
      return PostgresFactStore.openForReading(server.get());
    }
    return recorded(opened(false, wait), Holder.Mode.READ);
  }

  /**
   * The store for an import: running servers are asked to close it until this store closes; the
   * file is made if there is none.
   */
  public ImportingStore openForWriting() {
    if (server.isPresent()) {
      return PostgresFactStore.open(server.get());
    }
    if (!Files.exists(file)) {
      return recorded(DuckDbFactStore.open(file), Holder.Mode.WRITE);
    }
    Registration release = holders.requestRelease();
    boolean serving = holders.others().stream().anyMatch(h -> h.mode() == Holder.Mode.SERVE);
    try {
      DuckDbFactStore store = opened(true, serving ? SERVER_GRACE.plus(wait) : wait);
      return recorded(store, Holder.Mode.WRITE).whenClosed(release::close);
    } catch (RuntimeException e) {
      release.close();
      throw e;
    }
  }

  /** Opens read-only, waiting like any reader, without a record; a server records itself. */
  DuckDbFactStore openForReadingUnrecorded() {
    return opened(false, wait);
  }

  /** Opens read-only without waiting or recording; for a server reopening after an import. */
  DuckDbFactStore tryReading() {
    return DuckDbFactStore.openReadOnly(file);
  }

  Registration registerServing() {
    return holders.register(command, Holder.Mode.SERVE);
  }

  private DuckDbFactStore recorded(DuckDbFactStore store, Holder.Mode mode) {
    Registration r = holders.register(command, mode);
    return store.whenClosed(r::close);
  }

  private DuckDbFactStore opened(boolean writing, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      try {
        return writing ? DuckDbFactStore.open(file) : DuckDbFactStore.openReadOnly(file);
      } catch (StoreLockedException e) {
        if (System.nanoTime() - deadline > 0) {
          throw busy(e, limit);
        }
        pause(POLL_MILLIS);
      }
    }
  }

  StoreBusyException busy(StoreLockedException e, Duration waited) {
    List<Holder> all = holders.others();
    // a reader is held off by a writer only; name the writers when there are any
    List<Holder> writers = all.stream().filter(h -> h.mode() == Holder.Mode.WRITE).toList();
    List<Holder> others = writers.isEmpty() ? all : writers;
    String who =
        others.isEmpty()
            ? "another process that left no Yesan record ("
                + String.valueOf(e.getCause() == null ? "" : e.getCause().getMessage())
                    .replaceAll("(?s).*(Conflicting lock[^\\n]*).*", "$1")
                    .strip()
                + ")"
            : others.stream().map(Holder::described).collect(Collectors.joining("; "));
    return new StoreBusyException(
        "store "
            + file
            + " is held by "
            + who
            + "; waited "
            + waited.toSeconds()
            + " s. Try again when it has finished, or stop it.",
        e);
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the store", ie);
    }
  }
}
