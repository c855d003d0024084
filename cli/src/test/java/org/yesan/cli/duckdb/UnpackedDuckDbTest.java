package org.yesan.cli.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB started from the classes and library the build unpacked (as {@code ./yesan} starts it)
 * answers without copying its 57 MB library into the temporary folder, which the driver's own jar
 * does on every start and leaves behind after a kill.
 */
@EnabledOnOs(value = OS.LINUX, architectures = "amd64")
class UnpackedDuckDbTest {

  @TempDir Path tmp;

  @Test
  void theUnpackedDriverStartsWithoutCopyingItsLibrary() throws Exception {
    Path unpacked = unpackedDriver();
    assertThat(unpacked.resolve("libduckdb_java.so_linux_amd64")).isRegularFile();

    assertThat(start(unpacked.resolve("classes"), tmp.resolve("unpacked")))
        .containsExactly("answer 42", "copies 0");
  }

  @Test
  void theDriverJarCopiesItsLibraryOnEveryStart() throws Exception {
    // The control: the probe does see the copy the unchanged jar makes.
    Path jar =
        Path.of(
            org.duckdb.DuckDBDriver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    assertThat(jar.getFileName().toString()).endsWith(".jar");

    assertThat(start(jar, tmp.resolve("jar"))).containsExactly("answer 42", "copies 1");
  }

  /** The folder the build unpacked the driver of this build's version into. */
  private static Path unpackedDriver() throws IOException {
    String jar =
        Path.of(
                org.duckdb.DuckDBDriver.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .getPath())
            .getFileName()
            .toString();
    String version = jar.substring("duckdb_jdbc-".length(), jar.length() - ".jar".length());
    return Path.of("target", "duckdb-" + version).toAbsolutePath();
  }

  private static List<String> start(Path driver, Path tmpdir) throws Exception {
    Files.createDirectories(tmpdir);
    Path classes =
        Path.of(DuckDbStartProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmpdir,
                "-cp",
                classes + java.io.File.pathSeparator + driver,
                DuckDbStartProbe.class.getName())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> out =
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(p.exitValue()).as(String.join("\n", out)).isZero();
    try (Stream<Path> left = Files.list(tmpdir)) {
      // On a normal exit the driver removes its copy; a kill -9 would leave it.
      assertThat(left.map(Path::getFileName).map(Path::toString))
          .noneMatch(n -> n.startsWith("libduckdb"));
    }
    return out;
  }
}
