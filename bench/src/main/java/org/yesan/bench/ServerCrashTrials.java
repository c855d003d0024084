package org.yesan.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kills {@code yesan serve} with SIGKILL at random moments while it imports files sent to {@code
 * POST /api/v1/imports}, restarts it on the same store, and checks that the store then holds
 * exactly the state before the import or the state after it; both states are computed beforehand by
 * {@code yesan import} on the command line, not over HTTP.
 *
 * <p>Usage: {@code ServerCrashTrials WORKDIR TRIALS SEED [--postgres postgresql://USER@HOST:PORT]
 * -- BEFORE_FILES... -- IMPORT_FILES...}: the stores are DuckDB files in WORKDIR, or with {@code
 * --postgres} databases of that server (copied with {@code CREATE DATABASE … TEMPLATE}); the store
 * starts from a command-line import of BEFORE_FILES (and an editor with a token); each trial
 * uploads IMPORT_FILES to a server on a copy of it and kills the server after a random delay. In
 * even trials the delay runs from the start of the upload, anywhere up to what one whole upload and
 * import took over HTTP. In odd trials it runs from the {@code 202} that accepts the upload,
 * anywhere up to a window that starts at what the import took from there, and shrinks by a quarter
 * whenever a kill found the import committed (the new state): an import on a warm machine can be
 * much faster than the calibration, and a kill after the commit proves nothing about it.
 */
public final class ServerCrashTrials {

  private static final Pattern URL = Pattern.compile("at (http://[^ ]+)/api/v1/datasets");

  /** The shortest window after the 202 that odd trials draw their kill from. */
  private static final long MIN_WINDOW_MILLIS = 20;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Path work;
  private final TrialStores stores;
  private final List<Path> update;
  private String token = "";

  private ServerCrashTrials(Path work, TrialStores stores, List<Path> update) {
    this.work = work;
    this.stores = stores;
    this.update = update;
  }

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int trials = Integer.parseInt(args[1]);
    Random random = new Random(Long.parseLong(args[2]));
    Files.createDirectories(work);
    TrialStores stores = new TrialStores.DuckDbFiles(work);
    int from = 3;
    if (args.length > 4 && args[3].equals("--postgres")) {
      stores = new TrialStores.PostgresDatabases(args[4]);
      from = 5;
    }
    int split = CrashTrials.indexOf(args, "--", from);
    int second = CrashTrials.indexOf(args, "--", split + 1);
    List<String> before = List.of(args).subList(split + 1, second);
    List<Path> update =
        List.of(args).subList(second + 1, args.length).stream().map(Path::of).toList();
    new ServerCrashTrials(work, stores, update).run(trials, random, before);
  }

  private void run(int trials, Random random, List<String> before) throws Exception {
    String oldStore = stores.address(CrashTrials.OLD);
    String newStore = stores.address(CrashTrials.NEW);
    stores.empty(CrashTrials.OLD);
    stores.delete(CrashTrials.NEW);
    List<String> load = new ArrayList<>(List.of("import", "--quiet"));
    load.addAll(before);
    cli(oldStore, load);
    cli(oldStore, List.of("users", "add", "crash", "--role", "editor"));
    token = cli(oldStore, List.of("tokens", "create", "crash")).strip();
    stores.copy(CrashTrials.OLD, CrashTrials.NEW);
    List<String> reimport = new ArrayList<>(List.of("import", "--quiet"));
    update.forEach(p -> reimport.add(p.toString()));
    cli(newStore, reimport);
    String oldState = StoreStates.of(stores, CrashTrials.OLD);
    String newState = StoreStates.of(stores, CrashTrials.NEW);
    if (oldState.equals(newState)) {
      throw new IllegalStateException("the import changes nothing; choose files that do");
    }
    byte[] body = multipart();
    System.out.printf("upload: %d files, %d bytes%n", update.size(), body.length);

    // one whole upload and import over HTTP, not killed: it must give the command line's state
    String trial = stores.address(CrashTrials.TRIAL);
    stores.copy(CrashTrials.OLD, CrashTrials.TRIAL);
    Server s = Server.start(trial, work, token);
    long t0 = System.nanoTime();
    String location = post(s, body).get(600, TimeUnit.SECONDS);
    long accepted = System.nanoTime();
    awaitFinished(s, location);
    long fullMillis = (System.nanoTime() - t0) / 1_000_000;
    long window = Math.max(MIN_WINDOW_MILLIS, (System.nanoTime() - accepted) / 1_000_000);
    s.stop();
    if (!StoreStates.of(stores, CrashTrials.TRIAL).equals(newState)) {
      throw new IllegalStateException("the HTTP import gives another state than the CLI's");
    }
    System.out.printf(
        "full upload and import over HTTP: %d ms (server start excluded), %d ms of it after the"
            + " 202%n",
        fullMillis, window);

    Verdicts verdicts = new Verdicts(oldState, newState);
    int finishedBeforeKill = 0;
    long slowestReady = 0;
    int unready = 0;
    int killedInImport = 0;
    for (int i = 1; i <= trials; i++) {
      stores.copy(CrashTrials.OLD, CrashTrials.TRIAL);
      boolean fromAccept = i % 2 == 1;
      long delay = (long) (random.nextDouble() * (fromAccept ? window : fullMillis));
      Server server = Server.start(trial, work, token);
      CompletableFuture<String> sent = post(server, body);
      if (fromAccept) {
        sent.get(600, TimeUnit.SECONDS);
      }
      Thread.sleep(delay);
      // kill at once: asking the status resource first took longer than the rest of the import
      server.kill();
      // the store must open again in a new server, which must answer before it is checked
      Server again = Server.start(trial, work, token);
      // as a load balancer would: /readyz until it answers 200 (a cold JVM on a loaded machine may
      // need more than its 2 s for the first read), for a minute at most; then a real read
      long readyFrom = System.nanoTime();
      boolean ready =
          again.awaitReady(Duration.ofMinutes(1)) && again.get("/api/v1/datasets") == 200;
      long readyMillis = (System.nanoTime() - readyFrom) / 1_000_000;
      slowestReady = Math.max(slowestReady, readyMillis);
      if (!ready) {
        unready++;
      }
      again.stop();
      String verdict = verdicts.judge(stores, CrashTrials.TRIAL, i);
      // the verdict says whether the import had committed before the kill
      boolean done = verdict.equals("new");
      if (done) {
        finishedBeforeKill++;
        if (fromAccept) {
          window = Math.max(MIN_WINDOW_MILLIS, window * 3 / 4);
        }
      } else if (fromAccept) {
        killedInImport++;
      }
      System.out.printf(
          "trial %d: killed %d ms after %s%s%s, restarted server ready after %d ms: %s%n",
          i,
          delay,
          fromAccept ? "the 202" : "the upload began",
          done ? " (import had committed)" : "",
          ready ? "" : " (restarted server NOT READY)",
          readyMillis,
          verdict);
    }
    System.out.printf(
        "trials=%d old=%d new=%d neither=%d finished_before_kill=%d killed_in_import=%d"
            + " restart_not_ready=%d slowest_ready_ms=%d%n",
        trials,
        verdicts.old,
        verdicts.neu,
        verdicts.neither,
        finishedBeforeKill,
        killedInImport,
        unready,
        slowestReady);
    if (verdicts.neither > 0 || unready > 0) {
      System.exit(1);
    }
  }

  private static String cli(String store, List<String> args)
      throws IOException, InterruptedException {
    List<String> cmd = java(store);
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("yesan exited " + p.exitValue() + ": " + args);
    }
    return out;
  }

  /**
   * The command line that runs the Yesan CLI on {@code store} from this classpath; callers add to
   * it.
   */
  static List<String> java(String store) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1536m");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.yesan.cli.YesanCli");
    cmd.add("--db");
    cmd.add(store);
    return cmd;
  }

  private byte[] multipart() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Path f : update) {
      out.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + f.getFileName()
                  + "\"\r\nContent-Type: text/csv\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(Files.readAllBytes(f));
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static final String BOUNDARY = "yesan-crash-" + UUID.randomUUID();

  /** Sends the upload; completes with the status resource's path, or fails with the server. */
  private CompletableFuture<String> post(Server s, byte[] body) {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(s.url + "/api/v1/imports"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.sendAsync(r, HttpResponse.BodyHandlers.ofString())
        .thenApply(
            res -> {
              if (res.statusCode() != 202) {
                throw new IllegalStateException(
                    "upload answered " + res.statusCode() + ": " + res.body());
              }
              return res.headers().firstValue("Location").orElseThrow();
            });
  }

  private void awaitFinished(Server s, String location) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < deadline) {
      String body = s.body(location);
      if (body.contains("\"state\":\"succeeded\"")) {
        return;
      }
      if (body.contains("\"state\":\"failed\"")) {
        throw new IllegalStateException("the import failed: " + body);
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the import did not end in ten minutes");
  }

  /** One {@code yesan serve} process on a store, at a port it picked itself. */
  private static final class Server {
    final Process process;
    final String url;
    final HttpClient client = HttpClient.newHttpClient();
    final String token;

    private Server(Process process, String url, String token) {
      this.process = process;
      this.url = url;
      this.token = token;
    }

    private HttpRequest request(String path) {
      return HttpRequest.newBuilder(URI.create(url + path))
          .header("Authorization", "Bearer " + token)
          .timeout(Duration.ofSeconds(60))
          .build();
    }

    static Server start(String store, Path work, String token) throws IOException {
      List<String> cmd = java(store);
      cmd.addAll(List.of("serve", "--port", "0", "--rate-limit", "off"));
      Process p =
          new ProcessBuilder(cmd)
              .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("serve.err").toFile()))
              .start();
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        Matcher m = URL.matcher(line);
        if (m.find()) {
          // keep reading its output so that the server never blocks on a full pipe
          Thread drain =
              new Thread(
                  () -> {
                    try {
                      while (lines.readLine() != null) {
                        // discarded
                      }
                    } catch (IOException e) {
                      // the process ended
                    }
                  });
          drain.setDaemon(true);
          drain.start();
          return new Server(p, m.group(1), token);
        }
      }
      throw new IllegalStateException(
          "yesan serve ended before it listened: exit " + p.exitValue());
    }

    int get(String path) {
      try {
        return client.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        return 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      }
    }

    boolean awaitReady(Duration limit) throws InterruptedException {
      long deadline = System.nanoTime() + limit.toNanos();
      while (System.nanoTime() < deadline) {
        if (get("/readyz") == 200) {
          return true;
        }
        Thread.sleep(250);
      }
      return false;
    }

    String body(String path) {
      try {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** SIGKILL: no shutdown hook, no rollback by the process itself. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }

    /** SIGTERM: the server's graceful stop. */
    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor();
      }
    }
  }
}
