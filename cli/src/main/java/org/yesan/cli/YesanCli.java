package org.yesan.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.yesan.ingest.InputException;
import org.yesan.query.QueryException;
import org.yesan.store.UnknownDatasetException;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.duckdb.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code yesan} command: import, query, compare and validate budgets. */
@Command(
    name = "yesan",
    mixinStandardHelpOptions = true,
    version = "yesan 0.1.0",
    description = "Budget intelligence: import a national budget, query it, check it.",
    subcommands = {
      ImportCommand.class,
      DatasetsCommand.class,
      QueryCommand.class,
      CompareCommand.class,
      MoversCommand.class,
      GrowthCommand.class,
      RealTermsCommand.class,
      ThemesCommand.class,
      TargetsCommand.class,
      CommitmentsCommand.class,
      EnvelopesCommand.class,
      CycleCommand.class,
      ServeCommand.class,
      LinksCommand.class,
      CheckCommand.class,
      ValidateCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class YesanCli {

  /** Exit code for bad input files. */
  static final int EXIT_INPUT = 3;

  /** Exit code for a query that does not fit the data. */
  static final int EXIT_QUERY = 4;

  /** Exit code for an unknown dataset. */
  static final int EXIT_UNKNOWN_DATASET = 5;

  /** Exit code for a store failure. */
  static final int EXIT_STORE = 6;

  @Option(
      names = "--db",
      description = "Store file (default: $YESAN_DB, else ~/.yesan/yesan.duckdb).",
      scope = CommandLine.ScopeType.INHERIT)
  Optional<Path> db = Optional.empty();

  DuckDbFactStore openStore() {
    return DuckDbFactStore.open(storePath());
  }

  Path storePath() {
    if (db.isPresent()) {
      return db.get();
    }
    String env = System.getenv("YESAN_DB");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".yesan", "yesan.duckdb");
  }

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new YesanCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          int code = exitCode(ex);
          commandLine.getErr().println("yesan: " + oneLine(ex));
          commandLine.getErr().flush();
          return code;
        });
    return cl.execute(args);
  }

  private static String oneLine(Throwable ex) {
    String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    return m.replace('\n', ' ');
  }

  private static int exitCode(Throwable ex) {
    if (ex instanceof InputException) {
      return EXIT_INPUT;
    }
    if (ex instanceof QueryException) {
      return EXIT_QUERY;
    }
    if (ex instanceof UnknownDatasetException) {
      return EXIT_UNKNOWN_DATASET;
    }
    if (ex instanceof StoreException) {
      return EXIT_STORE;
    }
    if (ex instanceof IllegalArgumentException) {
      return CommandLine.ExitCode.USAGE;
    }
    return CommandLine.ExitCode.SOFTWARE;
  }
}
