package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yesan.store.contract.StoreContract.assertOnlyTheBudgetOf2018;
import static org.yesan.store.contract.StoreContract.budget2018;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.store.backup.BackupException;
import org.yesan.store.backup.StoreBackup;
import org.yesan.store.backup.StoreRestore;
import org.yesan.store.imports.ImportProgress;

/**
 * A backup of the narrow layout holds the nine columns of the view, and restores into the rows
 * table only when every fact's measure, year, stage, vintage and source are its slice's.
 */
class NarrowFactTablesTest {

  @TempDir Path dir;

  private Path backupOfTheBudgetOf2018() {
    Path zip = dir.resolve("b.zip");
    try (DuckDbFactStore s = DuckDbFactStore.open(dir.resolve("original.duckdb"))) {
      s.importFiles(List.of(budget2018().input("b")), ImportProgress.NONE);
      StoreBackup.write(s, zip);
    }
    return zip;
  }

  private static String entry(Path zip, String name) throws Exception {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      try (InputStream in = z.getInputStream(z.getEntry(name))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  @Test
  void aBackupHoldsTheNineColumnsAndRestoresIntoAnEmptyAndAFilledStore() throws Exception {
    Path zip = backupOfTheBudgetOf2018();
    String facts = entry(zip, "tables/facts_1.csv");
    assertThat(facts.split("\r\n")).hasSize(4);
    assertThat(entry(zip, "manifest.json"))
        .contains("\"slice_id\"", "\"source_id\"", "\"measure\"", "\"reported_in\"");
    try (DuckDbFactStore s = DuckDbFactStore.open(dir.resolve("empty.duckdb"))) {
      StoreRestore.restore(s, zip, false);
      assertOnlyTheBudgetOf2018(s);
      assertThat(s.validate("t").failed()).isFalse();
      Path again = dir.resolve("again.zip");
      StoreBackup.write(s, again);
      assertThat(sorted(entry(again, "tables/facts_1.csv"))).isEqualTo(sorted(facts));
    }
    try (DuckDbFactStore s = DuckDbFactStore.open(dir.resolve("filled.duckdb"))) {
      s.importFiles(List.of(budget2018().input("other")), ImportProgress.NONE);
      s.importFiles(List.of(budget2018().input("other")), ImportProgress.NONE);
      StoreRestore.restore(s, zip, true);
      assertOnlyTheBudgetOf2018(s);
      List<Long> rows =
          s.select(
              "SELECT count(*) FROM " + FactLayout.rowTable(s.idOf("t")),
              List.of(),
              rs -> rs.getLong(1));
      assertThat(rows).containsExactly(4L);
    }
  }

  @Test
  void aFactWhoseStageIsNotItsSlicesIsRefusedAndTheStoreIsUnchanged() throws Exception {
    Path zip = backupOfTheBudgetOf2018();
    Path bad = altered(zip, "tables/facts_1.csv", s -> s.replaceFirst("enacted", "proposal"));
    try (DuckDbFactStore s = DuckDbFactStore.open(dir.resolve("target.duckdb"))) {
      assertThatThrownBy(() -> StoreRestore.restore(s, bad, false))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("cannot restore facts_1: 1 of its facts")
          .hasMessageContaining("differ from their slice's measure, year, stage, vintage");
      assertThat(s.datasets()).isEmpty();
    }
  }

  private static List<String> sorted(String csv) {
    List<String> lines = new ArrayList<>(List.of(csv.split("\r\n")));
    lines.sort(null);
    return lines;
  }

  /** The backup with one entry changed and the manifest's SHA-256 of it made to match. */
  private Path altered(Path zip, String name, UnaryOperator<String> change) throws Exception {
    Path out = dir.resolve("altered.zip");
    try (ZipFile in = new ZipFile(zip.toFile());
        OutputStream file = Files.newOutputStream(out);
        ZipOutputStream z = new ZipOutputStream(file)) {
      String before = entry(zip, name);
      String after = change.apply(before);
      assertThat(after).isNotEqualTo(before);
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        ZipEntry ze = e.nextElement();
        byte[] bytes;
        try (InputStream is = in.getInputStream(ze)) {
          bytes = is.readAllBytes();
        }
        if (ze.getName().equals(name)) {
          bytes = after.getBytes(StandardCharsets.UTF_8);
        }
        if (ze.getName().equals("manifest.json")) {
          bytes =
              new String(bytes, StandardCharsets.UTF_8)
                  .replace(sha256(before), sha256(after))
                  .getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(ze.getName()));
        z.write(bytes);
        z.closeEntry();
      }
    }
    return out;
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
