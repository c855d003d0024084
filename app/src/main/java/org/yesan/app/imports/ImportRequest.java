package org.yesan.app.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yesan.ingest.ImportOptions;
import org.yesan.model.DatasetName;

/**
 * Files to import together, all or none: each with its format ({@code auto} detects it) and the
 * dataset it goes into (default: the one its format suggests), and the options every file is read
 * with.
 */
public record ImportRequest(List<ImportRequest.Source> sources, ImportOptions options) {

  /** The format id that asks for detection. */
  public static final String AUTO = "auto";

  /** One file to import. */
  public record Source(Path file, String format, Optional<String> dataset) {

    public Source {
      if (format.isBlank()) {
        throw new IllegalArgumentException("a source needs a format, or " + AUTO);
      }
      dataset.ifPresent(DatasetName::require);
    }
  }

  public ImportRequest {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("an import needs at least one file");
    }
    sources = List.copyOf(sources);
  }

  /**
   * The files as the CLI names them: one format and dataset for all; with a mapping file and no
   * format, the format is {@code mapped} (detection would only find a sibling mapping).
   */
  public static ImportRequest of(
      List<Path> files, String format, Optional<String> dataset, ImportOptions options) {
    String id = format.equals(AUTO) && options.mapping().isPresent() ? "mapped" : format;
    return new ImportRequest(files.stream().map(f -> new Source(f, id, dataset)).toList(), options);
  }
}
