package org.yesan.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yesan.app.access.StoreAccess;
import org.yesan.app.access.StoreLocation;
import org.yesan.failure.YesanException;
import org.yesan.store.FactStore;
import org.yesan.store.imports.ImportingStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code yesan} command: import, query, compare and validate budgets. */
@Command(
    name = "yesan",
    mixinStandardHelpOptions = true,
    version = "yesan 0.1.0",
    description = "Budget intelligence: import a national budget, query it, check it.")
public final class YesanCli {

  /** Every subcommand, in the order the help lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          ImportCommand.class,
          DatasetsCommand.class,
          QueryCommand.class,
          CompareCommand.class,
          MoversCommand.class,
          GrowthCommand.class,
          SeriesCommand.class,
          SearchCommand.class,
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
          UsersCommand.class,
          TokensCommand.class,
          AuditCommand.class,
          BackupCommand.class,
          RestoreCommand.class,
          MigrateCommand.class,
          CommandLine.HelpCommand.class);

  /** Exit code for bad input files. */
  static final int EXIT_INPUT = 3;

  /** Exit code for a query that does not fit the data. */
  static final int EXIT_QUERY = 4;

  /** Exit code for an unknown dataset. */
  static final int EXIT_UNKNOWN_DATASET = 5;

  /** Exit code for a store failure. */
  static final int EXIT_STORE = 6;

  /** Exit code for a store another Yesan process held for longer than the command waits. */
  static final int EXIT_BUSY = 8;

  @Option(
      names = "--db",
      description =
          "Store: a file (or duckdb:FILE), or postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB"
              + " with PGUSER/PGPASSWORD as defaults (default: $YESAN_DB, else"
              + " ~/.yesan/yesan.duckdb).",
      scope = CommandLine.ScopeType.INHERIT)
  Optional<String> db = Optional.empty();

  /** How other Yesan processes see this one in messages: the command line as typed. */
  String commandLine = "yesan";

  /** The store, opened as every command beside a running server or import should open it. */
  StoreAccess access() {
    return new StoreAccess(storeLocation(), commandLine, StoreAccess.DEFAULT_WAIT);
  }

  /**
   * The store for reading only: runs beside a running server and other readers; waits a few seconds
   * for an import to finish, then names it.
   */
  FactStore openStore() {
    return access().openForReading();
  }

  /** The store for an import: asks running servers to let go until it is closed. */
  ImportingStore openStoreForWriting() {
    return access().openForWriting();
  }

  /** The store named by {@code --db}, else {@code YESAN_DB}, else the file in the home folder. */
  StoreLocation storeLocation() {
    if (db.isPresent()) {
      return StoreLocation.parse(db.get(), System.getenv());
    }
    String env = System.getenv("YESAN_DB");
    if (env != null && !env.isBlank()) {
      return StoreLocation.parse(env, System.getenv());
    }
    return new StoreLocation.Embedded(
        Path.of(System.getProperty("user.home"), ".yesan", "yesan.duckdb"));
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
    YesanCli yesan = new YesanCli();
    yesan.commandLine = "yesan " + String.join(" ", args);
    CommandLine cl = new CommandLine(yesan);
    for (Class<?> command : commandsFor(args)) {
      cl.addSubcommand(command);
    }
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

  /**
   * The subcommands a command line needs: the one it names after the store option, else all of them
   * (for help, usage errors and suggestions). Picocli builds a subcommand's model by reflecting
   * over its options; all 26 took most of the 0.2 s it spent before a command began.
   */
  static List<Class<?>> commandsFor(String[] args) {
    int i = 0;
    while (i < args.length && (args[i].equals("--db") || args[i].startsWith("--db="))) {
      i += args[i].equals("--db") ? 2 : 1;
    }
    if (i < args.length) {
      for (Class<?> c : COMMANDS) {
        Command named = c.getAnnotation(Command.class);
        if (c != CommandLine.HelpCommand.class && named.name().equals(args[i])) {
          return List.of(c);
        }
      }
    }
    return COMMANDS;
  }

  private static String oneLine(Throwable ex) {
    String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    return m.replace('\n', ' ');
  }

  /** The one place where a failure becomes an exit code. */
  private static int exitCode(Throwable ex) {
    if (ex instanceof YesanException y) {
      return switch (y.kind()) {
        case INPUT -> EXIT_INPUT;
        case QUERY -> EXIT_QUERY;
        case NOT_FOUND -> EXIT_UNKNOWN_DATASET;
        case STORE -> EXIT_STORE;
        case INVALID -> ValidateCommand.EXIT_FAILED;
        case BUSY -> EXIT_BUSY;
      };
    }
    if (ex instanceof IllegalArgumentException) {
      return CommandLine.ExitCode.USAGE;
    }
    return CommandLine.ExitCode.SOFTWARE;
  }
}
