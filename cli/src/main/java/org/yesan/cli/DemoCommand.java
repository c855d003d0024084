package org.yesan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.yesan.app.imports.Imports;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.headline.HeadlineCsvFormat;
import org.yesan.store.FactStore;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code yesan demo}: loads the bundled headline dataset and prints a budget brief of Korea's total
 * expenditure 2007–2026.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Load Yesan's bundled dataset (Korea's national budget aggregates 2007-2026, published figures with"
          + " their sources) into the store and print a budget brief.",
      "Then serves the dashboard on it (see docs/dashboard.md) until interrupted (Ctrl-C);"
          + " --brief prints the brief and exits."
    })
final class DemoCommand implements Callable<Integer> {

  static final String DATASET = "kr-headline";

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--brief", description = "Print the brief and exit.")
  boolean brief;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description =
          "Port the dashboard listens on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--lang", defaultValue = "ko", description = "ko or en (default: ko).")
  Amounts.Lang lang = Amounts.Lang.KO;

  @Option(
      names = "--load-shared",
      description = "Also import the real line-item files found in ../shared/data.")
  boolean loadShared;

  @Option(names = "--shared", description = "Where the shared data folder is (default: ../shared).")
  Optional<Path> shared = Optional.empty();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ImportingStore store = cli.openStoreForWriting();
    try {
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
      out.flush();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    store.close();
    if (brief) {
      return 0;
    }
    serve(cli.access().openForServing(), out);
    return 0;
  }

  /** Serves the dashboard on the loaded store until the process is interrupted, then closes it. */
  private void serve(FactStore store, PrintWriter out) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    YesanServer server;
    try {
      server = YesanServer.start(store, ServerConfig.defaults().withPort(port));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    // The hook, not this thread, closes the store: on Ctrl-C this thread may never run again.
    Thread hook =
        new Thread(
            () -> {
              server.close();
              store.close();
              stopped.countDown();
            },
            "yesan-demo-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println();
    out.println("dashboard: " + server.url() + "/ (Ctrl-C stops)");
    out.flush();
    stopped.await();
  }

  private static String bundledSha256() {
    try (java.io.InputStream in =
        HeadlineCsvFormat.class.getResourceAsStream("kr-total-expenditure.csv")) {
      if (in == null) {
        throw new IllegalStateException("the bundled dataset is missing from the class path");
      }
      return Imports.sha256(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
