package org.yesan.app.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.yesan.app.access.StoreHolders.Holder;
import org.yesan.app.access.StoreHolders.Registration;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.duckdb.StoreLockedException;

/**
 * Opens one store file the way every Yesan command should beside other Yesan processes: reads
 * read-only (so queries run beside a server and each other), writes after asking servers to let go,
 * and a lock held by someone else waited on for a few seconds, then named.
 */
public final class StoreAccess {

  /** How long a command waits for a store another process holds before it gives up. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

  /** How long a write waits for running servers to finish their requests and let go. */
  static final Duration SERVER_GRACE = Duration.ofSeconds(30);

  private static final long POLL_MILLIS = 100;

  private final Path file;
  private final String command;
  private final Duration wait;
  private final StoreHolders holders;

  /**
   * @param command how messages to other processes name this one, e.g. {@code yesan import …}
   */
  public StoreAccess(Path file, String command, Duration wait) {
    if (wait.isNegative()) {
      throw new IllegalArgumentException("wait must not be negative, found " + wait);
    }
    this.file = file;
    this.command = command;
    this.wait = wait;
    this.holders = new StoreHolders(file);
  }

  public Path file() {
    return file;
  }

  StoreHolders holders() {
    return holders;
  }

  Duration waitLimit() {
    return wait;
  }

  /** The store for reading only; waits while another process writes it. */
  public DuckDbFactStore openForReading() {
    return recorded(opened(false, wait), Holder.Mode.READ);
  }

  /**
   * The store for an import: running servers are asked to close it until this store closes; the
   * file is made if there is none.
   */
  public DuckDbFactStore openForWriting() {
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
