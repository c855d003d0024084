package org.yesan.ingest.mapped;

import java.nio.file.Files;
import java.nio.file.Path;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.RegularFile;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;

/**
 * Any CSV described by a small JSON mapping file that names its levels, amount columns, stages,
 * unit and currency; see {@code docs/mapping-format.md}.
 */
public final class MappedCsvFormat implements SourceFormat {

  static final String ID = "mapped";

  /** Suffix of the mapping file looked for beside a CSV when none is given. */
  public static final String SIBLING_SUFFIX = ".mapping.json";

  // A sibling mapping is strong evidence but not proof; a dedicated format that recognises the
  // file's own header should still win.
  private static final int SIBLING_SCORE = 50;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int detect(Path file, byte[] head) {
    return Files.isRegularFile(siblingMapping(file)) ? SIBLING_SCORE : 0;
  }

  @Override
  public SourceBatch open(Path file, ImportOptions options) {
    RegularFile.require(file);
    Path mappingFile = options.mapping().orElseGet(() -> siblingMapping(file));
    if (options.mapping().isEmpty() && !Files.isRegularFile(mappingFile)) {
      throw new InputException(
          file,
          0,
          0,
          "a mapping file (give one with --mapping, or put one at " + mappingFile + ")",
          "none");
    }
    return new MappedCsvBatch(file, MappingReader.read(mappingFile), options);
  }

  /** Where the mapping of a CSV is looked for when none is given: {@code <csv>.mapping.json}. */
  public static Path siblingMapping(Path csv) {
    return csv.resolveSibling(csv.getFileName() + SIBLING_SUFFIX);
  }
}
