package org.yesan.ingest.headline;

import java.nio.file.Path;

/** Where the tests find the project's dataset on disk and the shared raw material. */
final class Locations {

  private Locations() {}

  /** {@code data/kr-total-expenditure.csv} of this checkout; surefire runs in the module folder. */
  static Path dataFile() {
    return Path.of(System.getProperty("basedir", ""))
        .toAbsolutePath()
        .resolve("../../data/kr-total-expenditure.csv")
        .normalize();
  }

  /** The hand-compiled, multi-source table the dataset was selected from. */
  static Path sharedHeadlineFile() {
    return Path.of(System.getProperty("yesan.shared", "/work/shared"))
        .resolve("data/kr-headline/total_expenditure.csv");
  }
}
