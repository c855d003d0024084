package org.yesan.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.model.DatasetInfo;
import org.yesan.store.FactStore;
import org.yesan.store.duckdb.DuckDbFactStore;

/**
 * A store file shared by real processes: a reader beside a server, a reader held off by a writer
 * and told who it is, and an import while serving that the server sees without a restart.
 */
class StoreBesideOtherProcessesTest {

  @TempDir Path dir;
  private Path file;
  private final List<Process> children = new ArrayList<>();

  @BeforeEach
  void storeWithOneDataset() {
    file = dir.resolve("yesan.duckdb");
    try (DuckDbFactStore s = DuckDbFactStore.open(file)) {
      StoreHolderProcess.importHeadline(s, "kr-headline");
    }
  }

  @AfterEach
  void stopChildren() throws InterruptedException {
    for (Process p : children) {
      p.destroy();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private Process child(String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(StoreHolderProcess.class.getName());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    children.add(p);
    return p;
  }

  private static void awaitReady(Process p) throws IOException {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = r.readLine()) != null) {
      if (line.equals("ready")) {
        return;
      }
      seen.append(line).append('\n');
    }
    throw new IllegalStateException("child ended before it was ready:\n" + seen);
  }

  private StoreAccess access(Duration wait) {
    return new StoreAccess(file, "yesan query --dataset kr-headline", wait);
  }

  @Test
  void aReaderOpensBesideAServer() throws Exception {
    Process server = child("serve", file.toString(), "yesan serve --port 0");
    awaitReady(server);
    try (FactStore s = access(Duration.ofSeconds(1)).openForReading()) {
      assertThat(s.datasets()).extracting(DatasetInfo::name).containsExactly("kr-headline");
    }
    // and while the reader is open, the server's record names it a server
    assertThat(new StoreHolders(file).others())
        .extracting(StoreHolders.Holder::described)
        .containsExactly("yesan serve --port 0 (PID " + server.pid() + ", serve)");
  }

  @Test
  void aReaderOpensWhereNothingCanBeWrittenBesideTheStore() throws Exception {
    // On read-only media the holders folder cannot be made. Root may write anywhere, so a file in
    // its place makes the same failure here.
    Files.writeString(dir.resolve("yesan.duckdb.holders"), "not a folder");
    byte[] before = Files.readAllBytes(file);
    try (FactStore s = access(Duration.ofSeconds(1)).openForReading()) {
      assertThat(s.datasets()).extracting(DatasetInfo::name).containsExactly("kr-headline");
    }
    // and a read writes nothing, into the store or beside it
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(dir.resolve("yesan.duckdb.wal")).doesNotExist();
  }

  @Test
  void aReaderHeldOffByAWriterWaitsThenNamesIt() throws Exception {
    Process writer = child("write", file.toString(), "yesan import big.csv");
    awaitReady(writer);
    long start = System.nanoTime();
    assertThatThrownBy(() -> access(Duration.ofSeconds(2)).openForReading())
        .isInstanceOf(StoreBusyException.class)
        .hasMessage(
            "store "
                + file
                + " is held by yesan import big.csv (PID "
                + writer.pid()
                + ", write); waited 2 s. Try again when it has finished, or stop it.");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aWriterIsNamedBeforeAServerAndALongCommandIsCut() throws Exception {
    Process server = child("serve", file.toString(), "yesan serve");
    awaitReady(server);
    String longImport = "yesan import " + "out_2007.csv ".repeat(20);
    Process writer = child("import-and-hold", file.toString(), longImport);
    awaitReady(writer);
    assertThatThrownBy(() -> access(Duration.ofSeconds(1)).openForReading())
        .isInstanceOf(StoreBusyException.class)
        .hasMessage(
            "store "
                + file
                + " is held by "
                + longImport.substring(0, 119)
                + "… (PID "
                + writer.pid()
                + ", write); waited 1 s. Try again when it has finished, or stop it.");
  }

  @Test
  void anImportWhileServingIsSeenWithoutARestart() throws Exception {
    try (ServedStore served = ServedStore.open(access(Duration.ofSeconds(20)))) {
      assertThat(served.datasets()).extracting(DatasetInfo::name).containsExactly("kr-headline");
      Process importer = child("import", file.toString(), "yesan import again.csv", "kr-second");
      awaitReady(importer);
      assertThat(importer.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(importer.exitValue()).isZero();
      // the next read waits for the server to reopen the committed store
      assertThat(served.datasets())
          .extracting(DatasetInfo::name)
          .containsExactly("kr-headline", "kr-second");
      assertThat(served.generation()).isEqualTo(1);
    }
    assertThat(Files.list(dir.resolve("yesan.duckdb.holders"))).isEmpty();
  }
}
