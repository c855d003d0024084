package org.yesan.store.imports;

import java.nio.file.Path;

/** Told how an import advances, so that a terminal can draw a progress bar. */
public interface ImportProgress {

  ImportProgress NONE = new ImportProgress() {};

  default void fileStarted(Path file, int index, int count) {}

  default void facts(long done) {}

  default void finished() {}
}
