package org.yesan.store.postgresql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests, one per test JVM: {@code initdb} and {@code pg_ctl} in
 * a temporary folder, on a free port of 127.0.0.1, stopped and deleted when the JVM exits. Each
 * {@link #newDatabase()} is an empty database of its own. When PostgreSQL is not installed this
 * fails loudly rather than skip: the tests of the PostgreSQL store must run wherever the build
 * runs.
 */
public final class LocalPostgres {

  /** Overrides where the PostgreSQL programs are looked for. */
  public static final String BIN_VARIABLE = "YESAN_PG_BIN";

  private static final String SUPERUSER = "yesan";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static LocalPostgres running;

  private final Path folder;
  private final int port;
  private final Path bin;
  private final Optional<String> runAs;

  private LocalPostgres(Path folder, int port, Path bin, Optional<String> runAs) {
    this.folder = folder;
    this.port = port;
    this.bin = bin;
    this.runAs = runAs;
  }

  /** The cluster of this JVM, started on first use. */
  public static synchronized LocalPostgres cluster() {
    if (running == null) {
      running = start();
      LocalPostgres c = running;
      Runtime.getRuntime().addShutdownHook(new Thread(c::stop, "yesan-test-postgres-stop"));
    }
    return running;
  }

  /** A new, empty database on the cluster. */
  public static PostgresServer newDatabase() {
    return cluster().createDatabase();
  }

  /**
   * A cluster of the caller's own, for tests that stop and restart the server under requests;
   * {@link #close()} stops and deletes it.
   */
  public static LocalPostgres startOwn() {
    return start();
  }

  /** Stops the server as an operator or a crash would ({@code fast}: connections are cut). */
  public void stopServer() {
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop"));
  }

  /** Starts the server again on the same port after {@link #stopServer()}. */
  public void startServer() {
    run(pgCtlStart());
  }

  /** Stops the cluster and deletes its folder. */
  public void close() {
    stop();
  }

  private String data() {
    return folder.resolve("data").toString();
  }

  /** A new, empty database on this cluster. */
  public PostgresServer createDatabase() {
    LocalPostgres c = this;
    String name = "yesan_test_" + DATABASES.incrementAndGet();
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + c.port + "/postgres", SUPERUSER, "");
        Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return c.server(name);
  }

  /** The address of a database on this cluster. */
  public PostgresServer server(String database) {
    return new PostgresServer(
        "127.0.0.1", port, database, Optional.of(SUPERUSER), Optional.empty());
  }

  public int port() {
    return port;
  }

  private static LocalPostgres start() {
    Path bin = binaries();
    try {
      Path folder = Files.createTempDirectory("yesan-pg-");
      // initdb refuses to run as root; hand the folder to an unprivileged user and run as it.
      Optional<String> runAs = isRoot() ? Optional.of(unprivilegedUser()) : Optional.empty();
      if (runAs.isPresent()) {
        UserPrincipal owner =
            folder
                .getFileSystem()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName(runAs.get());
        Files.setOwner(folder, owner);
      }
      int port = freePort();
      LocalPostgres c = new LocalPostgres(folder, port, bin, runAs);
      Path data = folder.resolve("data");
      c.run(
          List.of(
              bin.resolve("initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              SUPERUSER,
              "-A",
              "trust",
              "-E",
              "UTF8",
              "--no-locale",
              "--no-sync"));
      c.run(c.pgCtlStart());
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a test PostgreSQL cluster", e);
    }
  }

  private List<String> pgCtlStart() {
    return List.of(
        bin.resolve("pg_ctl").toString(),
        "-D",
        data(),
        "-l",
        folder.resolve("server.log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p "
            + port
            + " -k "
            + folder
            + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
            + " -c full_page_writes=off -c max_connections=100",
        "start");
  }

  private void stop() {
    try {
      run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              folder.resolve("data").toString(),
              "-m",
              "immediate",
              "-w",
              "stop"));
    } catch (RuntimeException e) {
      // the JVM is going; a cluster that would not stop dies with its folder below
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // left in the temporary folder
    }
  }

  private void run(List<String> command) {
    List<String> full = new ArrayList<>();
    if (runAs.isPresent()) {
      full.addAll(List.of("runuser", "-u", runAs.get(), "--"));
    }
    full.addAll(command);
    try {
      Process p =
          new ProcessBuilder(full)
              .redirectErrorStream(true)
              .redirectOutput(folder.resolve("commands.log").toFile())
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + String.join(" ", full) + log());
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            "failed with exit code " + p.exitValue() + ": " + String.join(" ", full) + log());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", full), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
    }
  }

  private String log() {
    StringBuilder b = new StringBuilder();
    for (String name : List.of("commands.log", "server.log")) {
      Path f = folder.resolve(name);
      if (Files.isRegularFile(f)) {
        try {
          b.append("\n--- ").append(name).append(":\n");
          b.append(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
          b.append("(unreadable)");
        }
      }
    }
    return b.toString();
  }

  /** Where initdb and pg_ctl are: $YESAN_PG_BIN, Debian's newest, /usr/local/bin, or the PATH. */
  static Path binaries() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getenv(BIN_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        versions
            .filter(v -> v.getFileName().toString().matches("\\d+"))
            .sorted(
                Comparator.comparingInt((Path v) -> Integer.parseInt(v.getFileName().toString()))
                    .reversed())
            .forEach(v -> candidates.add(v.resolve("bin")));
      } catch (IOException e) {
        // look elsewhere
      }
    }
    candidates.add(Path.of("/usr/local/bin"));
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isBlank()) {
        candidates.add(Path.of(dir));
      }
    }
    return candidates.stream()
        .filter(
            d -> Files.isExecutable(d.resolve("initdb")) && Files.isExecutable(d.resolve("pg_ctl")))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "PostgreSQL's initdb and pg_ctl were not found (looked in "
                        + candidates.stream().map(Path::toString).distinct().toList()
                        + "); install the postgresql package (.ci/run does) or set "
                        + BIN_VARIABLE
                        + " to their folder. The PostgreSQL store's tests do not skip."));
  }

  private static boolean isRoot() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return Integer.valueOf(0).equals(uid);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static String unprivilegedUser() {
    for (String user : List.of("postgres", "nobody")) {
      try {
        Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
        return user;
      } catch (IOException e) {
        // try the next
      }
    }
    throw new IllegalStateException(
        "running as root, and neither a postgres nor a nobody user exists to run initdb as");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
