package org.yesan.http.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yesan.app.access.ServedStore;
import org.yesan.app.imports.ImportRequest;
import org.yesan.app.imports.Imports;
import org.yesan.failure.YesanException;
import org.yesan.http.Problem;
import org.yesan.store.FactStore;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportReport;
import org.yesan.store.imports.ImportingStore;

/**
 * The imports sent to one server, run one at a time in the order they came (a queue, so a second
 * editor's import waits rather than failing), each through the same use case as {@code yesan
 * import}; the last {@value #KEPT} stay visible as status resources.
 */
final class ImportJobs implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

  static final int KEPT = 100;

  /** Imports waiting beyond this many are refused with 409 rather than queued. */
  static final int MAX_WAITING = 16;

  private final FactStore store;
  private final Imports imports = new Imports();
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "yesan-http-import");
            t.setDaemon(true);
            return t;
          });
  private final AtomicInteger waiting = new AtomicInteger();
  private final Map<String, ImportJob> jobs =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
          return size() > KEPT;
        }
      };

  ImportJobs(FactStore store) {
    this.store = store;
  }

  /**
   * Whether the store can take imports at all (an in-memory test store, a served file, a database).
   */
  boolean writable() {
    return store instanceof ServedStore || store instanceof ImportingStore;
  }

  /**
   * Queues an import of files saved in {@code inbox} inside {@code folder}, which is deleted once
   * it has run; messages name the files by their names in the inbox.
   */
  Optional<ImportJob> submit(ImportJob job, Path folder, Path inbox, ImportRequest request) {
    if (waiting.incrementAndGet() > MAX_WAITING) {
      waiting.decrementAndGet();
      delete(folder);
      return Optional.empty();
    }
    synchronized (jobs) {
      jobs.put(job.id(), job);
    }
    runner.execute(() -> run(job, folder, inbox, request));
    return Optional.of(job);
  }

  Optional<ImportJob> find(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id));
    }
  }

  private void run(ImportJob job, Path folder, Path inbox, ImportRequest request) {
    waiting.decrementAndGet();
    job.running();
    ImportProgress progress =
        new ImportProgress() {
          private int file;

          @Override
          public void fileStarted(Path f, int index, int count) {
            file = index;
            job.progress(index, 0);
          }

          @Override
          public void facts(long done) {
            job.progress(file, done);
          }
        };
    try {
      ImportReport report = writing(w -> imports.run(w, request, progress, job.actor()));
      job.succeeded(report);
    } catch (YesanException e) {
      if (e.kind() == YesanException.Kind.STORE) {
        LOG.error("import {} failed", job.id(), e);
      }
      job.failed(Problem.of(new Renamed(e, inbox), "/api/v1/imports/" + job.id()));
    } catch (RuntimeException e) {
      LOG.error("import {} failed", job.id(), e);
      job.failed(Problem.internal("/api/v1/imports/" + job.id()));
    } finally {
      delete(folder);
    }
  }

  private <T> T writing(Function<ImportingStore, T> body) {
    if (store instanceof ServedStore s) {
      return s.writing(body);
    }
    return body.apply((ImportingStore) store);
  }

  /** A failure whose message names an uploaded file by the name it was sent under, not its path. */
  private static final class Renamed extends YesanException {
    private static final long serialVersionUID = 1L;
    private final Kind kind;

    Renamed(YesanException e, Path folder) {
      super(e.getMessage().replace(folder.toString() + java.io.File.separator, ""), e);
      this.kind = e.kind();
    }

    @Override
    public Kind kind() {
      return kind;
    }
  }

  static void delete(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("could not delete the uploaded files in {}", folder, e);
    }
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }
}
