package org.yesan.store.imports;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The hex SHA-256 of a file being imported: known already, or still being computed on another
 * thread while earlier files are read, so that hashing adds no pass of its own before the import.
 */
public final class SourceHash {

  private final CompletableFuture<String> hex;

  private SourceHash(CompletableFuture<String> hex) {
    this.hex = hex;
  }

  /** A hash already known (the store records it as given; tests name files by any text). */
  public static SourceHash of(String hex) {
    if (hex.isBlank()) {
      throw new IllegalArgumentException("a source hash must not be blank");
    }
    return new SourceHash(CompletableFuture.completedFuture(hex));
  }

  /** A hash another thread is computing. */
  public static SourceHash computing(CompletableFuture<String> hex) {
    return new SourceHash(hex);
  }

  /**
   * The hash, waiting for it if need be.
   *
   * @throws UncheckedIOException when the file could not be read to the end
   */
  public String hex() {
    try {
      return hex.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return hex.isDone() && !hex.isCompletedExceptionally() ? hex.join() : "(being computed)";
  }
}
