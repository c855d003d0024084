package org.yesan.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to read a source: an explicit mapping file (for mapped CSV), a forced encoding, and the round
 * of supplementary budget that 추경 columns belong to.
 */
public record ImportOptions(
    Optional<Path> mapping, Optional<Charset> encoding, int supplementaryRound) {

  public ImportOptions {
    if (supplementaryRound < 1 || supplementaryRound > 99) {
      throw new IllegalArgumentException(
          "supplementary round must be 1 to 99, found " + supplementaryRound);
    }
  }

  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty(), Optional.empty(), 1);
  }

  public ImportOptions withMapping(Path mappingFile) {
    return new ImportOptions(Optional.of(mappingFile), encoding, supplementaryRound);
  }

  public ImportOptions withEncoding(Charset charset) {
    return new ImportOptions(mapping, Optional.of(charset), supplementaryRound);
  }

  public ImportOptions withSupplementaryRound(int round) {
    return new ImportOptions(mapping, encoding, round);
  }
}
