package org.yesan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.headline.HeadlineCsvFormat;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.duckdb.ImportInput;
import org.yesan.store.duckdb.ImportProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code yesan demo}: loads the bundled headline dataset and prints a budget brief of Korea's total
 * expenditure 2017–2026.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Load Yesan's bundled dataset (Korea's total expenditure 2017-2026, published figures with"
          + " their sources) into the store and print a budget brief.",
      "--brief prints the brief and exits."
    })
final class DemoCommand implements Callable<Integer> {

  static final String DATASET = "kr-headline";

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--brief", description = "Print the brief and exit.")
  boolean brief;

  @Option(names = "--lang", defaultValue = "ko", description = "ko or en (default: ko).")
  Amounts.Lang lang = Amounts.Lang.KO;

  @Option(
      names = "--load-shared",
      description = "Also import the real line-item files found in ../shared/data.")
  boolean loadShared;

  @Option(names = "--shared", description = "Where the shared data folder is (default: ../shared).")
  Optional<Path> shared = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (DuckDbFactStore store = cli.openStore()) {
      SourceBatch batch = HeadlineCsvFormat.bundled();
      store.importFiles(
          List.of(
              new ImportInput(
                  Path.of("bundled:kr-total-expenditure.csv"),
                  "headline",
                  bundledSha256(),
                  batch,
                  Optional.of(DATASET))),
          ImportProgress.NONE);
      new BudgetBrief(store, DATASET, lang).print(out);
      out.println();
      out.println("store: " + store.location());
      Path data = shared.orElse(Path.of("..", "shared")).resolve("data");
      List<Path> korean = SharedData.koreanFiles(data);
      if (!korean.isEmpty()) {
        if (loadShared) {
          SharedData.importKorean(store, korean, spec.commandLine().getErr(), out);
        } else {
          out.println(
              "real line-item files found: "
                  + korean.size()
                  + " Korean budget files under "
                  + data
                  + "; load them with: ./yesan demo --brief --load-shared");
        }
      }
    }
    return 0;
  }

  private static String bundledSha256() {
    try (java.io.InputStream in =
        HeadlineCsvFormat.class.getResourceAsStream("kr-total-expenditure.csv")) {
      if (in == null) {
        throw new IllegalStateException("the bundled dataset is missing from the class path");
      }
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
