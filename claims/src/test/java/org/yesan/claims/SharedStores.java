package org.yesan.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.headline.HeadlineCsvFormat;
import org.yesan.ingest.openfiscal.OpenFiscalFormat;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;

/** In-memory stores loaded from the real data, built once per test JVM. */
final class SharedStores {

  private static DuckDbFactStore headline;
  private static DuckDbFactStore all;

  private SharedStores() {}

  static Path shared() {
    return Path.of(System.getProperty("yesan.shared", "/work/shared"));
  }

  /** kr-headline only, from the bundled file. */
  static synchronized DuckDbFactStore headline() {
    if (headline == null) {
      headline = DuckDbFactStore.inMemory();
      loadHeadline(headline);
    }
    return headline;
  }

  /** The claims of {@code text}, dated {@code date} (YYYY-MM-DD), checked against kr-headline. */
  static java.util.List<CheckedClaim> checkHeadline(String text, String date) {
    return ClaimChecker.over(headline())
        .check(text, CheckOptions.defaults().withDate(java.time.LocalDate.parse(date)))
        .claims();
  }

  /** kr-headline, kr-openfiscal (2007–2018) and kr-budget-2019. */
  static synchronized DuckDbFactStore all() {
    if (all == null) {
      all = DuckDbFactStore.inMemory();
      loadHeadline(all);
      SourceFormat openfiscal = new OpenFiscalFormat();
      List<ImportInput> inputs = new ArrayList<>();
      for (String folder : List.of("kr-openfiscal-2007-2018", "kr-budget-2019-program")) {
        String dataset = folder.startsWith("kr-budget") ? "kr-budget-2019" : "kr-openfiscal";
        try (Stream<Path> files = Files.list(shared().resolve("data").resolve(folder))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
            inputs.add(
                new ImportInput(
                    f,
                    "openfiscal",
                    "sha-" + f.getFileName(),
                    openfiscal.open(f, ImportOptions.defaults()),
                    Optional.of(dataset)));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      try {
        all.importFiles(inputs, ImportProgress.NONE);
      } finally {
        inputs.forEach(i -> i.batch().close());
      }
    }
    return all;
  }

  private static void loadHeadline(DuckDbFactStore store) {
    store.importFiles(
        List.of(
            new ImportInput(
                Path.of("bundled:kr-total-expenditure.csv"),
                "headline",
                "bundled",
                HeadlineCsvFormat.bundled(),
                Optional.of("kr-headline"))),
        ImportProgress.NONE);
  }
}
