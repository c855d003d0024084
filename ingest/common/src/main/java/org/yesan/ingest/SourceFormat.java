package org.yesan.ingest;

import java.nio.file.Path;

/**
 * A file format Yesan can import; implementations are found with {@link java.util.ServiceLoader}.
 */
public interface SourceFormat {

  /** The id used with {@code --format}, e.g. {@code openfiscal}. */
  String id();

  /**
   * How sure this format is that it can read the file, from 0 (not at all) to 100 (certain), judged
   * from its name and first bytes.
   */
  int detect(Path file, byte[] head);

  /**
   * Opens the file and reads enough of it to describe it.
   *
   * @throws InputException when the file is not of this format or is malformed
   */
  SourceBatch open(Path file, ImportOptions options);
}
