package org.yesan.store.imports;

import java.nio.file.Path;
import java.util.Optional;
import org.yesan.ingest.SourceBatch;

/**
 * One opened file to import, with the dataset it goes to when the batch's suggestion is overridden.
 */
public record ImportInput(
    Path file, String format, SourceHash hash, SourceBatch batch, Optional<String> dataset) {

  /** With its SHA-256 known already. */
  public ImportInput(
      Path file, String format, String sha256, SourceBatch batch, Optional<String> dataset) {
    this(file, format, SourceHash.of(sha256), batch, dataset);
  }

  /** The file's hex SHA-256, waiting for it while another thread computes it. */
  public String sha256() {
    return hash.hex();
  }
}
