package org.yesan.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.imports.ImportRequest;
import org.yesan.app.imports.Imports;
import org.yesan.ingest.ImportOptions;
import org.yesan.store.imports.ImportReport;
import org.yesan.store.imports.ImportingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan import}: loads files into the store as one all-or-nothing transaction. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import budget files. All files land together or none does; re-importing a file replaces"
          + " the years and stages it holds.",
      "Formats: openfiscal (열린재정 CSV, CP949 or UTF-8), xlsx, fdp (datapackage.json), omb"
          + " (US OMB budget database), mapped (any CSV with a mapping file), headline."
    })
final class ImportCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--dataset", description = "Dataset to import into (default: the format's).")
  Optional<String> dataset = Optional.empty();

  @Option(
      names = "--format",
      defaultValue = "auto",
      description = "Source format: auto, openfiscal, xlsx, fdp, omb, mapped, headline.")
  String format = "auto";

  @Option(names = "--mapping", description = "Mapping file for --format mapped.")
  Optional<Path> mapping = Optional.empty();

  @Option(names = "--encoding", description = "Force a text encoding (UTF-8, CP949).")
  Optional<String> encoding = Optional.empty();

  @Option(
      names = "--supplementary-round",
      defaultValue = "1",
      description = "Which 추경 the supplementary columns hold (default: 1).")
  int supplementaryRound = 1;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  @Override
  public Integer call() {
    ImportOptions options = ImportOptions.defaults().withSupplementaryRound(supplementaryRound);
    if (mapping.isPresent()) {
      options = options.withMapping(mapping.get());
    }
    if (encoding.isPresent()) {
      options = options.withEncoding(Charset.forName(encoding.get()));
    }
    ImportRequest request = ImportRequest.of(files, format, dataset, options);
    PrintWriter err = spec.commandLine().getErr();
    try (ImportingStore store = cli.openStoreForWriting();
        ProgressBar bar = ProgressBar.onTerminal(err)) {
      ImportReport report = new Imports().run(store, request, bar);
      report.notes().forEach(n -> err.println("yesan: note: " + n));
      report.warnings().forEach(w -> err.println("yesan: warning: " + w));
      if (!quiet) {
        ImportSummary.print(report, store, spec.commandLine().getOut());
      }
    }
    return 0;
  }
}
