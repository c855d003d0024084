package org.yesan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.RegularFile;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.SourceFormats;
import org.yesan.model.DatasetName;
import org.yesan.store.imports.ImportInput;
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
    dataset.ifPresent(DatasetName::require);
    ImportOptions options = ImportOptions.defaults().withSupplementaryRound(supplementaryRound);
    if (mapping.isPresent()) {
      options = options.withMapping(mapping.get());
    }
    if (encoding.isPresent()) {
      options = options.withEncoding(Charset.forName(encoding.get()));
    }
    SourceFormats formats = SourceFormats.installed();
    List<ImportInput> inputs = new ArrayList<>();
    try {
      for (Path f : files) {
        RegularFile.require(f);
        // A mapping file says what the CSV is; detection would only find a sibling mapping.
        String id = format.equals("auto") && mapping.isPresent() ? "mapped" : format;
        SourceFormat sf = id.equals("auto") ? formats.detect(f) : formats.byId(id);
        SourceBatch batch = sf.open(f, options);
        inputs.add(new ImportInput(f, sf.id(), sha256(f), batch, dataset));
      }
      PrintWriter err = spec.commandLine().getErr();
      ImportReport report;
      try (ImportingStore store = cli.openStoreForWriting();
          ProgressBar bar = ProgressBar.onTerminal(err)) {
        report = store.importFiles(inputs, bar);
        report.notes().forEach(n -> err.println("yesan: note: " + n));
        report.warnings().forEach(w -> err.println("yesan: warning: " + w));
        if (!quiet) {
          ImportSummary.print(report, store, spec.commandLine().getOut());
        }
      }
      return 0;
    } finally {
      for (ImportInput in : inputs) {
        in.batch().close();
      }
    }
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hex SHA-256 of everything the stream holds; the caller closes it. */
  static String sha256(InputStream in) throws IOException {
    try {
      DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
      digest.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
