package org.yesan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load generator for a running {@code yesan serve}: CONNECTIONS clients on a fixed thread pool
 * loop over a mix of read requests for SECONDS, while one more client uploads a real file through
 * {@code POST /api/v1/imports} once a minute and follows it to its end; the server's resident
 * memory is sampled every 10 s from {@code /proc}, its heap after a full GC at the start and the
 * end with {@code jcmd}.
 *
 * <p>Usage: {@code LoadTest BASE_URL TARGETS_TSV EDITOR_TOKEN IMPORT_FILES CONNECTIONS SECONDS
 * SERVER_PID OUT_DIR}: TARGETS_TSV has one {@code kind<TAB>path?query} per line; IMPORT_FILES is a
 * list of files separated by {@code :}, uploaded in turn. Prints one table per part; exits 1 on any
 * failed request or import.
 */
public final class LoadTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final int KEPT_FAILURES = 50;
  private static final int SETTLING_SECONDS = 120;

  private LoadTest() {}

  /** One request's outcome; {@code status} 0 when no answer came. */
  record Sample(String kind, long startMillis, double ms, int status, String failure) {}

  /** One HTTP import: when it started, how long it took to its end, and how it ended. */
  record ImportRun(
      int number, String file, long startMillis, double seconds, String state, String result) {}

  /** The server's resident set and heap in use (no GC forced) at one moment. */
  record MemorySample(long secondsIn, long rssKb, long heapUsedKb) {}

  private record Target(String kind, String path) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 8) {
      System.err.println(
          "usage: LoadTest BASE_URL TARGETS_TSV EDITOR_TOKEN IMPORT_FILES CONNECTIONS SECONDS"
              + " SERVER_PID OUT_DIR");
      System.exit(2);
    }
    String base = args[0];
    List<Target> targets = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] kv = line.split("\t", 2);
        targets.add(new Target(kv[0], kv[1]));
      }
    }
    String token = args[2];
    List<Path> uploads = new ArrayList<>();
    for (String f : args[3].split(":")) {
      uploads.add(Path.of(f));
    }
    int connections = Integer.parseInt(args[4]);
    int seconds = Integer.parseInt(args[5]);
    long pid = Long.parseLong(args[6]);
    Path out = Path.of(args[7]);
    Files.createDirectories(out);

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String heapBefore = heapAfterGc(pid);
    long start = System.currentTimeMillis();
    long end = start + seconds * 1_000L;
    ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    List<ImportRun> imports = Collections.synchronizedList(new ArrayList<>());
    List<MemorySample> memory = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(connections + 2);
    AtomicInteger clientNumber = new AtomicInteger();
    for (int c = 0; c < connections; c++) {
      pool.submit(
          () -> {
            // each client starts at its own place in the mix, so that all kinds run at once
            int i = clientNumber.getAndIncrement();
            while (System.currentTimeMillis() < end) {
              Target t = targets.get(i++ % targets.size());
              samples.add(get(http, base, t));
            }
            return null;
          });
    }
    pool.submit(
        () -> {
          int n = 0;
          // the first import after 30 s, then one a minute: reads run before, during and after
          long next = start + 30_000;
          while (next < end) {
            Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
            Path file = uploads.get(n % uploads.size());
            imports.add(importOnce(http, base, token, file, ++n, samples));
            next += 60_000;
          }
          return null;
        });
    pool.submit(
        () -> {
          while (System.currentTimeMillis() < end + 5_000) {
            memory.add(
                new MemorySample(
                    (System.currentTimeMillis() - start) / 1_000, rssKb(pid), heapUsedKb(pid)));
            Thread.sleep(10_000);
          }
          return null;
        });
    pool.shutdown();
    if (!pool.awaitTermination(seconds + 900L, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the load did not end within 15 minutes of its time");
    }
    String heapAfter = heapAfterGc(pid);
    int failures = report(out, new ArrayList<>(samples), imports, memory, seconds, connections);
    System.out.println("heap after a full GC (jcmd GC.heap_info), start: " + heapBefore);
    System.out.println("heap after a full GC (jcmd GC.heap_info), end:   " + heapAfter);
    System.exit(failures == 0 ? 0 : 1);
  }

  private static Sample get(HttpClient http, String base, Target t) {
    long start = System.currentTimeMillis();
    long t0 = System.nanoTime();
    try {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + t.path())).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      double ms = (System.nanoTime() - t0) / 1e6;
      boolean ok = r.statusCode() / 100 == 2;
      return new Sample(
          t.kind(), start, ms, r.statusCode(), ok ? "" : t.path() + " " + text(r.body()));
    } catch (IOException | InterruptedException e) {
      return new Sample(t.kind(), start, (System.nanoTime() - t0) / 1e6, 0, t.path() + " " + e);
    }
  }

  private static String text(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8);
    return s.length() > 500 ? s.substring(0, 500) + "…" : s;
  }

  /** Uploads one file, then asks for the import's state every 250 ms until it has ended. */
  private static ImportRun importOnce(
      HttpClient http,
      String base,
      String token,
      Path file,
      int number,
      ConcurrentLinkedQueue<Sample> samples) {
    long start = System.currentTimeMillis();
    long t0 = System.nanoTime();
    try {
      String boundary = "yesan-load-" + UUID.randomUUID();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + file.getFileName()
                  + "\"\r\nContent-Type: text/csv\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(Files.readAllBytes(file));
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      HttpResponse<byte[]> posted =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/imports"))
                  .timeout(TIMEOUT)
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      samples.add(
          new Sample(
              "import POST",
              start,
              (System.nanoTime() - t0) / 1e6,
              posted.statusCode(),
              posted.statusCode() == 202 ? "" : text(posted.body())));
      if (posted.statusCode() != 202) {
        return new ImportRun(
            number, file.toString(), start, secondsSince(t0), "refused", text(posted.body()));
      }
      String id = JSON.readTree(posted.body()).get("id").asText();
      while (true) {
        Thread.sleep(250);
        long s0 = System.nanoTime();
        long sStart = System.currentTimeMillis();
        HttpResponse<byte[]> status =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + id))
                    .timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        boolean ok = status.statusCode() == 200;
        samples.add(
            new Sample(
                "import status",
                sStart,
                (System.nanoTime() - s0) / 1e6,
                status.statusCode(),
                ok ? "" : text(status.body())));
        if (!ok) {
          return new ImportRun(
              number,
              file.toString(),
              start,
              secondsSince(t0),
              "status " + status.statusCode(),
              text(status.body()));
        }
        JsonNode job = JSON.readTree(status.body());
        String state = job.get("state").asText();
        if (state.equals("succeeded") || state.equals("failed")) {
          JsonNode outcome = job.has("report") ? job.get("report") : job.get("problem");
          return new ImportRun(
              number, file.toString(), start, secondsSince(t0), state, String.valueOf(outcome));
        }
      }
    } catch (IOException | InterruptedException e) {
      return new ImportRun(number, file.toString(), start, secondsSince(t0), "error", e.toString());
    }
  }

  private static double secondsSince(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  /** The heap in use as {@code jcmd GC.heap_info} reports it, in KiB; -1 when jcmd fails. */
  private static long heapUsedKb(long pid) {
    String info = jcmd(pid, "GC.heap_info");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(info);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static String heapAfterGc(long pid) {
    jcmd(pid, "GC.run");
    long used = heapUsedKb(pid);
    return used < 0 ? "unknown (jcmd failed)" : String.format(Locale.ROOT, "%,d KiB", used);
  }

  private static String jcmd(long pid, String command) {
    try {
      Process p =
          new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(60, TimeUnit.SECONDS);
      return text;
    } catch (IOException | InterruptedException e) {
      return "";
    }
  }

  private static double percentile(List<Double> sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /** Prints and writes the tables; answers how many requests and imports failed. */
  private static int report(
      Path out,
      List<Sample> samples,
      List<ImportRun> imports,
      List<MemorySample> memory,
      int seconds,
      int connections)
      throws IOException {
    samples.sort((a, b) -> Long.compare(a.startMillis(), b.startMillis()));
    Map<String, List<Sample>> byKind = new TreeMap<>();
    samples.forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
    StringBuilder t = new StringBuilder();
    int failed = 0;
    t.append(
        String.format(
            Locale.ROOT,
            "%d connections for %d s: %,d requests, %,.1f requests/s%n%n",
            connections,
            seconds,
            samples.size(),
            samples.size() / (double) seconds));
    t.append("| kind | requests | non-2xx or no answer | p50 ms | p99 ms | max ms |\n");
    t.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Map.Entry<String, List<Sample>> e : byKind.entrySet()) {
      List<Double> ms = new ArrayList<>(e.getValue().stream().map(Sample::ms).toList());
      ms.sort(null);
      long bad = e.getValue().stream().filter(s -> s.status() / 100 != 2).count();
      failed += (int) bad;
      t.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %d | %,.1f | %,.1f | %,.1f |%n",
              e.getKey(),
              e.getValue().size(),
              bad,
              percentile(ms, 0.5),
              percentile(ms, 0.99),
              ms.get(ms.size() - 1)));
    }
    List<Sample> failures = samples.stream().filter(s -> s.status() / 100 != 2).toList();
    t.append(String.format(Locale.ROOT, "%nfailed requests: %d%n", failures.size()));
    failures.stream()
        .limit(KEPT_FAILURES)
        .forEach(s -> t.append(String.format("  %s %d %s%n", s.kind(), s.status(), s.failure())));

    t.append("\n| import | file | started at s | seconds | state | result |\n");
    t.append("| ---: | --- | ---: | ---: | --- | --- |\n");
    long first = samples.isEmpty() ? 0 : samples.get(0).startMillis();
    for (ImportRun r : imports) {
      if (!r.state().equals("succeeded")) {
        failed++;
      }
      t.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %.0f | %.2f | %s | %s |%n",
              r.number(),
              Path.of(r.file()).getFileName(),
              (r.startMillis() - first) / 1e3,
              r.seconds(),
              r.state(),
              r.result().replace('|', '/')));
    }
    t.append(memoryReport(memory));
    Files.writeString(out.resolve("load.md"), t.toString());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("requests.tsv")))) {
      w.println("start_ms\tkind\tms\tstatus");
      samples.forEach(
          s ->
              w.printf(
                  Locale.ROOT,
                  "%d\t%s\t%.3f\t%d%n",
                  s.startMillis(),
                  s.kind(),
                  s.ms(),
                  s.status()));
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("memory.tsv")))) {
      w.println("seconds\trss_kb\theap_used_kb");
      memory.forEach(m -> w.printf("%d\t%d\t%d%n", m.secondsIn(), m.rssKb(), m.heapUsedKb()));
    }
    System.out.print(t);
    return failed;
  }

  /** First, last and largest RSS, and its least-squares slope in MiB per minute. */
  private static String memoryReport(List<MemorySample> memory) {
    if (memory.size() < 2) {
      return "\nmemory: fewer than two samples\n";
    }
    // the JVM grows its heap in the first minutes; a leak shows as a slope after that
    List<MemorySample> settled =
        memory.stream().filter(m -> m.secondsIn() >= SETTLING_SECONDS).toList();
    String settledSlope =
        settled.size() < 2
            ? "n/a"
            : String.format(Locale.ROOT, "%+.2f MiB/min", slopeMibPerMinute(settled));
    long max = memory.stream().mapToLong(MemorySample::rssKb).max().orElseThrow();
    long maxHeap = memory.stream().mapToLong(MemorySample::heapUsedKb).max().orElseThrow();
    return String.format(
        Locale.ROOT,
        "%nserver RSS every 10 s (%d samples): first %,d MiB, last %,d MiB, max %,d MiB; slope"
            + " %+.2f MiB/min over the run, %s from %d s on (least squares); heap in use (no GC"
            + " forced) max %,d MiB%n",
        memory.size(),
        memory.get(0).rssKb() / 1024,
        memory.get(memory.size() - 1).rssKb() / 1024,
        max / 1024,
        slopeMibPerMinute(memory),
        settledSlope,
        SETTLING_SECONDS,
        maxHeap / 1024);
  }

  private static double slopeMibPerMinute(List<MemorySample> memory) {
    double n = memory.size();
    double mx = memory.stream().mapToDouble(MemorySample::secondsIn).sum() / n;
    double my = memory.stream().mapToDouble(MemorySample::rssKb).sum() / n;
    double sxy = 0;
    double sxx = 0;
    for (MemorySample m : memory) {
      sxy += (m.secondsIn() - mx) * (m.rssKb() - my);
      sxx += (m.secondsIn() - mx) * (m.secondsIn() - mx);
    }
    return sxy / sxx * 60 / 1024;
  }
}
