package org.yesan.ingest.openfiscal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.SourceBatch;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/** The read-only real data the tests run on, and a way to import one file into memory. */
final class RealFiles {

  private RealFiles() {}

  static Path shared() {
    return Path.of(System.getProperty("yesan.shared", "/work/shared"));
  }

  static Path openFiscal(String name) {
    return shared().resolve("data/kr-openfiscal-2007-2018").resolve(name);
  }

  static Path program2019(String name) {
    return shared().resolve("data/kr-budget-2019-program").resolve(name);
  }

  static List<Fact> facts(Path file) {
    return facts(file, ImportOptions.defaults());
  }

  static List<Fact> facts(Path file, ImportOptions options) {
    List<Fact> facts = new ArrayList<>();
    try (SourceBatch batch = new OpenFiscalFormat().open(file, options)) {
      batch.forEach(facts::add);
    }
    return facts;
  }

  /** Totals by {@code fiscalYear:stage}, by year then budget-cycle order, as "k=v;k=v". */
  static String totals(List<Fact> facts) {
    Map<Map.Entry<FiscalYear, Stage>, BigDecimal> sums =
        new java.util.TreeMap<>(
            java.util.Comparator.comparing((Map.Entry<FiscalYear, Stage> e) -> e.getKey())
                .thenComparing(Map.Entry::getValue));
    for (Fact f : facts) {
      sums.merge(Map.entry(f.fiscalYear(), f.stage()), f.amount(), BigDecimal::add);
    }
    return sums.entrySet().stream()
        .map(
            e ->
                e.getKey().getKey()
                    + ":"
                    + e.getKey().getValue().id()
                    + "="
                    + e.getValue().toPlainString())
        .collect(Collectors.joining(";"));
  }

  static BigDecimal total(List<Fact> facts, String stage) {
    return facts.stream()
        .filter(f -> f.stage().id().equals(stage))
        .map(Fact::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
