package org.yesan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegularFileTest {

  @Test
  void aFileIsAccepted(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("a.csv"), "x\n");
    assertThat(RegularFile.require(f)).isEqualTo(f);
  }

  @Test
  void eachOtherKindOfPathIsNamed(@TempDir Path dir) throws IOException, InterruptedException {
    assertThatThrownBy(() -> RegularFile.require(dir))
        .hasMessage(dir + ": expected a readable file, found a folder");
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> RegularFile.require(missing))
        .hasMessage(missing + ": expected a readable file, found no such file");
    Path dangling = Files.createSymbolicLink(dir.resolve("link.csv"), missing);
    assertThatThrownBy(() -> RegularFile.require(dangling))
        .hasMessage(
            dangling + ": expected a readable file, found a link to a file that does not exist");
    Path fifo = dir.resolve("pipe");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(p.waitFor()).isZero();
    assertThatThrownBy(() -> RegularFile.require(fifo))
        .isInstanceOf(InputException.class)
        .hasMessage(
            fifo
                + ": expected a readable file, found a special file (a pipe, socket or device),"
                + " which cannot be read twice");
  }
}
