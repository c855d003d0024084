package org.yesan.bench.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.yesan.app.access.StoreAccess;
import org.yesan.app.access.StoreLocation;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportReport;
import org.yesan.store.imports.ImportingStore;

/**
 * Loads {@link GeneratedBudget} into a Yesan DuckDB store through the store's own import (one
 * {@link ImportInput} per fiscal year, one transaction), and prints how long it took.
 *
 * <p>Usage: {@code GeneratedStoreLoad DB [PROJECTS [PROGRAMS [FIRST_YEAR YEARS [SEED]]]]}; the
 * defaults give 277,778 projects × 12 years × 3 stages = 10,000,008 facts.
 */
public final class GeneratedStoreLoad {

  private GeneratedStoreLoad() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println(
          "usage: GeneratedStoreLoad DB [PROJECTS [PROGRAMS [FIRST_YEAR YEARS [SEED]]]]");
      System.exit(2);
    }
    StoreLocation db = StoreLocation.parse(args[0], System.getenv());
    int projects = args.length > 1 ? Integer.parseInt(args[1]) : 277_778;
    int programs = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    int firstYear = args.length > 3 ? Integer.parseInt(args[3]) : 2007;
    int years = args.length > 4 ? Integer.parseInt(args[4]) : 12;
    long seed = args.length > 5 ? Long.parseLong(args[5]) : 20_070_101L;

    long t0 = System.nanoTime();
    GeneratedBudget budget = GeneratedBudget.generate(programs, projects, firstYear, years, seed);
    long t1 = System.nanoTime();
    System.out.printf(
        "hierarchy: %,d projects under %,d unit projects, %,d programs, generated in %.1f s%n",
        budget.projects(), budget.unitProjects(), programs, (t1 - t0) / 1e9);
    List<ImportInput> inputs = new ArrayList<>();
    for (int y = firstYear; y < firstYear + years; y++) {
      // No file exists: the path and hash only label the source in the store's catalog.
      Path label = Path.of("generated", "budget_" + y + ".seed" + seed);
      inputs.add(
          new ImportInput(
              label,
              "generated",
              sha256(label + "/" + projects),
              budget.batch(y),
              Optional.of(GeneratedBudget.DATASET)));
    }
    try (ImportingStore store =
        new StoreAccess(db, "bench load", StoreAccess.DEFAULT_WAIT).openForWriting()) {
      ImportReport report = store.importFiles(inputs, ImportProgress.NONE);
      long t2 = System.nanoTime();
      System.out.printf(
          "loaded: %,d facts in %.1f s (store's own timing %.1f s), %,.0f facts/s%n",
          report.facts(),
          (t2 - t1) / 1e9,
          report.millis() / 1e3,
          report.facts() / ((t2 - t1) / 1e9));
      if (report.facts() != budget.facts()) {
        throw new IllegalStateException(
            "store took " + report.facts() + " facts, generated " + budget.facts());
      }
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
