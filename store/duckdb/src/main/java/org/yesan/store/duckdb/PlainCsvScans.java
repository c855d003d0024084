package org.yesan.store.duckdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.yesan.ingest.BulkCsv;
import org.yesan.ingest.PlainCsvFile;
import org.yesan.store.sql.StoreException;

/**
 * The {@link PlainCsvFile#check} of an import's bulk files, run ahead in file order on one thread,
 * so that scanning the next file overlaps DuckDB's loading of the current one.
 */
final class PlainCsvScans implements AutoCloseable {

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "yesan-import-scan");
            t.setDaemon(true);
            return t;
          });
  private final List<Optional<Future<Optional<PlainCsvFile>>>> scans = new ArrayList<>();

  /** Starts scanning, in order, each file that has a bulk description. */
  PlainCsvScans(List<Optional<BulkCsv>> files) {
    for (Optional<BulkCsv> f : files) {
      scans.add(f.map(csv -> thread.submit(() -> PlainCsvFile.check(csv))));
    }
  }

  /**
   * The scan of the file at this index (empty when it has no bulk description or is not plain); the
   * caller closes it.
   */
  Optional<PlainCsvFile> take(int index) {
    Optional<Future<Optional<PlainCsvFile>>> scan = scans.get(index);
    if (scan.isEmpty()) {
      return Optional.empty();
    }
    scans.set(index, Optional.empty());
    try {
      return scan.get().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("import interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops scanning and deletes the temporary copies of scans nobody took. */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Optional<Future<Optional<PlainCsvFile>>> scan : scans) {
      if (scan.isPresent() && scan.get().isDone()) {
        try {
          scan.get().get().ifPresent(PlainCsvFile::close);
        } catch (ExecutionException | CancellationException e) {
          // A scan that failed or never ran left nothing behind.
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
