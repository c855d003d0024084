package org.yesan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.yesan.app.imports.ImportRequest;
import org.yesan.app.imports.Imports;
import org.yesan.ingest.ImportOptions;
import org.yesan.store.imports.ImportReport;
import org.yesan.store.imports.ImportingStore;

/** The real Korean line-item files of a shared data folder, and their import for the demo. */
final class SharedData {

  static final String OPENFISCAL = "kr-openfiscal-2007-2018";
  static final String PROGRAM_2019 = "kr-budget-2019-program";

  private SharedData() {}

  /** The 열린재정 CSV files and the 2019 program files, if the folder has them. */
  static List<Path> koreanFiles(Path data) {
    List<Path> out = new ArrayList<>();
    for (String folder : List.of(OPENFISCAL, PROGRAM_2019)) {
      Path dir = data.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Imports the files into kr-openfiscal (2007–2018) and kr-budget-2019 in one transaction. */
  static ImportReport importKorean(
      ImportingStore store, List<Path> files, PrintWriter err, PrintWriter out) {
    List<ImportRequest.Source> sources = new ArrayList<>();
    for (Path f : files) {
      String dataset =
          f.getParent().getFileName().toString().equals(PROGRAM_2019)
              ? "kr-budget-2019"
              : "kr-openfiscal";
      sources.add(new ImportRequest.Source(f, "openfiscal", Optional.of(dataset)));
    }
    ImportRequest request = new ImportRequest(sources, ImportOptions.defaults());
    try (ProgressBar bar = ProgressBar.onTerminal(err)) {
      ImportReport r = new Imports().run(store, request, bar);
      out.printf(
          "loaded %,d facts from %d files into kr-openfiscal and kr-budget-2019 in %.1f s;"
              + " try: yesan validate --dataset kr-openfiscal%n",
          r.facts(), files.size(), r.millis() / 1000.0);
      return r;
    }
  }
}
