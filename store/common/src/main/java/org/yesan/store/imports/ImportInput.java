package org.yesan.store.imports;

import java.nio.file.Path;
import java.util.Optional;
import org.yesan.ingest.SourceBatch;

/**
 * One opened file to import, with the dataset it goes to when the batch's suggestion is overridden,
 * and the name the store records as its source (the path given, or an uploaded file's own name
 * rather than the server's temporary copy).
 */
public record ImportInput(
    Path file,
    String format,
    SourceHash hash,
    SourceBatch batch,
    Optional<String> dataset,
    String recordedAs) {

  public ImportInput {
    if (recordedAs.isBlank()) {
      throw new IllegalArgumentException("a source needs a name to be recorded under");
    }
  }

  /** Recorded under its path. */
  public ImportInput(
      Path file, String format, SourceHash hash, SourceBatch batch, Optional<String> dataset) {
    this(file, format, hash, batch, dataset, file.toString());
  }

  /** With its SHA-256 known already, recorded under its path. */
  public ImportInput(
      Path file, String format, String sha256, SourceBatch batch, Optional<String> dataset) {
    this(file, format, SourceHash.of(sha256), batch, dataset);
  }

  /** The file's hex SHA-256, waiting for it while another thread computes it. */
  public String sha256() {
    return hash.hex();
  }
}
