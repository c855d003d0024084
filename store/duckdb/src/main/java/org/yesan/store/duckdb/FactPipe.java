package org.yesan.store.duckdb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.yesan.ingest.FactSink;
import org.yesan.ingest.SourceBatch;
import org.yesan.model.Fact;
import org.yesan.store.sql.StoreException;

/**
 * Reads a batch on its own thread while the calling thread stores what it read, so that parsing a
 * file and appending to DuckDB use two cores. Facts reach the sink in source order, on the calling
 * thread; an exception on either side stops both and reaches the caller unchanged.
 */
final class FactPipe {

  private static final int CHUNK = 4096;
  private static final int CHUNKS_IN_FLIGHT = 8;

  private sealed interface Item permits Chunk, Failure, End {}

  private record Chunk(List<Fact> facts) implements Item {}

  private record Failure(Throwable error) implements Item {}

  private record End() implements Item {}

  /** Thrown on the reading thread to stop it once the storing side has failed. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super(null, null, false, false);
    }
  }

  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final Thread reader;

  private FactPipe(SourceBatch batch) {
    reader =
        new Thread(
            () -> {
              List<Fact> chunk = new ArrayList<>(CHUNK);
              try {
                batch.forEach(
                    f -> {
                      chunk.add(f);
                      if (chunk.size() == CHUNK) {
                        put(queue, new Chunk(List.copyOf(chunk)), cancelled);
                        chunk.clear();
                      }
                    });
                if (!chunk.isEmpty()) {
                  put(queue, new Chunk(List.copyOf(chunk)), cancelled);
                }
                put(queue, new End(), cancelled);
              } catch (Cancelled c) {
                // The storing side failed and reports its own error.
              } catch (RuntimeException | Error e) {
                try {
                  put(queue, new Failure(e), cancelled);
                } catch (Cancelled c) {
                  // Nobody is listening any more.
                }
              }
            },
            "yesan-import-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts reading {@code batch}, to be stored later with {@link #drainInto}: an import starts the
   * next file's reading before it stores this one, so that the 열린재정 reader's checking pass over the
   * next file (before it hands on any fact) overlaps the storing of this one. At most {@value
   * #CHUNKS_IN_FLIGHT} chunks wait.
   */
  static FactPipe start(SourceBatch batch) {
    return new FactPipe(batch);
  }

  /** Stores every fact read, in source order, on the calling thread; then the pipe is done. */
  void drainInto(FactSink sink) {
    try {
      while (true) {
        Item item = queue.take();
        if (item instanceof End) {
          return;
        }
        if (item instanceof Failure f) {
          if (f.error() instanceof RuntimeException r) {
            throw r;
          }
          throw (Error) f.error();
        }
        for (Fact fact : ((Chunk) item).facts()) {
          sink.accept(fact);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("import interrupted", e);
    } finally {
      cancel();
    }
  }

  /** Stops the reading, if it still runs, and waits for its thread (at most 30 s). */
  void cancel() {
    cancelled.set(true);
    queue.clear();
    try {
      reader.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void put(BlockingQueue<Item> queue, Item item, AtomicBoolean cancelled) {
    try {
      if (cancelled.get()) {
        throw new Cancelled();
      }
      while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
        if (cancelled.get()) {
          throw new Cancelled();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }
}
