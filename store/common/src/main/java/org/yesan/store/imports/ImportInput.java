package org.yesan.store.imports;

import java.nio.file.Path;
import java.util.Optional;
import org.yesan.ingest.SourceBatch;

/**
 * One opened file to import, with the dataset it goes to when the batch's suggestion is overridden.
 */
public record ImportInput(
    Path file, String format, String sha256, SourceBatch batch, Optional<String> dataset) {}
