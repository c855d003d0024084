package org.yesan.app.access;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.headline.HeadlineCsvFormat;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportingStore;

/**
 * A second process for the tests, since one process cannot conflict with itself over a DuckDB lock:
 * {@code write FILE LABEL} holds the store for writing until killed; {@code import FILE LABEL
 * DATASET} imports the bundled headline file as DATASET and exits; {@code serve FILE LABEL} serves
 * it read-only until killed. It prints "ready" once it holds the store.
 */
public final class StoreHolderProcess {

  private StoreHolderProcess() {}

  public static void main(String[] args) throws InterruptedException {
    StoreAccess access = new StoreAccess(Path.of(args[1]), args[2], Duration.ofSeconds(5));
    switch (args[0]) {
      case "write", "import-and-hold" -> {
        ImportingStore store = access.openForWriting();
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
        store.close();
      }
      case "serve" -> {
        ServedStore store = ServedStore.open(access);
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
        store.close();
      }
      case "import" -> {
        try (ImportingStore store = access.openForWriting()) {
          importHeadline(store, args[3]);
        }
        System.out.println("ready");
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static void importHeadline(ImportingStore store, String dataset) {
    try (SourceBatch b = HeadlineCsvFormat.bundled()) {
      store.importFiles(
          List.of(
              new ImportInput(
                  Path.of("bundled:kr-total-expenditure.csv"),
                  "headline",
                  "bundled",
                  b,
                  Optional.of(dataset))),
          ImportProgress.NONE);
    }
  }
}
