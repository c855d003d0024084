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

  /**
   * One file to import, and the name to record it under when not its path (an upload's own name
   * instead of the server's temporary copy).
   */
  public record Source(
      Path file, String format, Optional<String> dataset, Optional<String> recordedAs) {

    public Source {
      if (format.isBlank()) {
        throw new IllegalArgumentException("a source needs a format, or " + AUTO);
      }
      dataset.ifPresent(DatasetName::require);
      if (recordedAs.isPresent() && recordedAs.get().isBlank()) {
        throw new IllegalArgumentException("a source's recorded name must not be blank");
      }
    }

    /** Recorded under its path. */
    public Source(Path file, String format, Optional<String> dataset) {
      this(file, format, dataset, Optional.empty());
    }

    /** The name the store records. */
    public String recorded() {
      return recordedAs.orElse(file.toString());
    }
  }

  /** The same request with every file recorded under the name {@code name} gives it. */
  public ImportRequest recordedAs(java.util.function.Function<Path, String> name) {
    return new ImportRequest(
        sources.stream()
            .map(
                s ->
                    new Source(
                        s.file(), s.format(), s.dataset(), Optional.of(name.apply(s.file()))))
            .toList(),
        options);
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
