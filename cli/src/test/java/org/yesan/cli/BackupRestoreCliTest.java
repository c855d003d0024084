package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.app.access.StoreAccess;
import org.yesan.app.access.StoreLocation;
import org.yesan.model.DatasetInfo;
import org.yesan.store.FactStore;
import org.yesan.store.Slice;
import org.yesan.store.postgresql.LocalPostgres;
import org.yesan.store.postgresql.PostgresServer;

/**
 * {@code yesan backup} and {@code yesan restore} across both stores: DuckDB to PostgreSQL and back
 * gives every catalog row, source and slice total of the original; a damaged, truncated or
 * ill-fitting backup is refused and leaves the store as it was.
 */
class BackupRestoreCliTest {

  @TempDir static Path dir;
  private static Cli original;
  private static Path originalBackup;

  @BeforeAll
  static void importThreeBudgets() {
    original = new Cli(dir.resolve("original.duckdb"));
    Path data = Cli.shared().resolve("data");
    Cli.Run r =
        original.run(
            "import",
            "--quiet",
            data.resolve("kr-openfiscal-2007-2018/out_2017.csv").toString(),
            data.resolve("kr-openfiscal-2007-2018/out_2018.csv").toString(),
            data.resolve("kr-openfiscal-2007-2018/out_net_bud_2018.csv").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    r =
        original.run(
            "import", "--quiet", data.resolve("fdp-uk-cra-sample/datapackage.json").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    // An account and a token too: their rows, and the audit log's numbered entries, travel along.
    r = original.run("users", "add", "ana", "--role", "editor");
    assertThat(r.exit()).as(r.err()).isZero();
    r = original.run("tokens", "create", "ana");
    assertThat(r.exit()).as(r.err()).isZero();
    originalBackup = dir.resolve("original.yesan-backup");
    r = original.run("backup", originalBackup.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("backed up ").contains("(duckdb store, schema version 5)");
  }

  private static String address(PostgresServer pg) {
    return "postgresql://yesan@127.0.0.1:" + pg.port() + "/" + pg.database();
  }

  /** Every table of a backup as its sorted CSV rows, to compare stores row for row. */
  private static Map<String, List<String>> rows(Path backup) throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (entry.getName().startsWith("tables/")) {
          try (InputStream in = zip.getInputStream(entry)) {
            List<String> lines =
                new ArrayList<>(
                    List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n")));
            lines.sort(null);
            out.put(entry.getName(), lines);
          }
        }
      }
    }
    return out;
  }

  private static Map<String, Object> catalog(String db) {
    StoreAccess access =
        new StoreAccess(StoreLocation.parse(db, Map.of()), "yesan (test)", Duration.ofSeconds(5));
    Map<String, Object> out = new LinkedHashMap<>();
    try (FactStore store = access.openForReading()) {
      for (DatasetInfo d : store.datasets()) {
        out.put(d.name(), d);
        List<Slice> slices = store.slices(d.name());
        out.put(d.name() + " slices", slices);
      }
    }
    return out;
  }

  @Test
  void aDuckDbBackupRestoresIntoPostgresqlAndBackIntoDuckDb() throws IOException {
    PostgresServer pg = LocalPostgres.newDatabase();
    Cli server = new Cli(address(pg));
    Cli.Run r = server.run("restore", originalBackup.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("restored ").contains("(a duckdb store of schema version 5,");

    Path pgBackup = dir.resolve("from-postgresql.zip");
    r = server.run("backup", pgBackup.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("(postgresql store, schema version 2)");

    Path back = dir.resolve("back.duckdb");
    r = new Cli(back).run("restore", pgBackup.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Path againBackup = dir.resolve("again.zip");
    assertThat(new Cli(back).run("backup", againBackup.toString()).exit()).isZero();

    Map<String, List<String>> expected = rows(originalBackup);
    assertThat(expected)
        .containsKeys(
            "tables/datasets.csv", "tables/sources.csv", "tables/slices.csv", "tables/facts_1.csv");
    // every row of every table, the facts' exact amounts among them, on both stores
    assertThat(rows(pgBackup)).isEqualTo(expected);
    assertThat(rows(againBackup)).isEqualTo(expected);

    Map<String, Object> catalog = catalog(dir.resolve("original.duckdb").toString());
    assertThat(catalog).containsKeys("kr-openfiscal slices");
    assertThat(catalog(address(pg))).isEqualTo(catalog);
    assertThat(catalog(back.toString())).isEqualTo(catalog);

    // totals the stores compute from the restored facts, not the stored slice totals
    String[] byMinistry = {
      "query",
      "--dataset",
      "kr-openfiscal",
      "--drilldown",
      "ministry",
      "--measure",
      "expenditure",
      "--year",
      "2018",
      "--stage",
      "enacted",
      "--format",
      "csv"
    };
    String fromOriginal = original.run(byMinistry).out();
    assertThat(fromOriginal.lines().count()).isGreaterThan(20);
    assertThat(server.run(byMinistry).out()).isEqualTo(fromOriginal);
    assertThat(new Cli(back).run(byMinistry).out()).isEqualTo(fromOriginal);

    // new imports after a restore draw ids past the restored ones
    r =
        server.run(
            "import",
            "--quiet",
            Cli.shared().resolve("data/fdp-moldova-boost-2014-sample/datapackage.json").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(catalog(address(pg))).hasSize(catalog.size() + 2);
  }

  @Test
  void aNonEmptyStoreIsRefusedUnlessReplaced() throws IOException {
    PostgresServer pg = LocalPostgres.newDatabase();
    Cli server = new Cli(address(pg));
    assertThat(server.run("restore", originalBackup.toString()).exit()).isZero();
    Cli.Run r = server.run("restore", originalBackup.toString());
    assertThat(r.exit()).isEqualTo(YesanCli.EXIT_STORE);
    assertThat(r.err())
        .startsWith("yesan: store " + pg.described() + " is not empty (rows in datasets, ")
        .contains("pass --replace");
    r = server.run("restore", "--replace", originalBackup.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Path after = dir.resolve("replaced.zip");
    assertThat(server.run("backup", after.toString()).exit()).isZero();
    assertThat(rows(after)).isEqualTo(rows(originalBackup));
  }

  /** Copies a backup, changing one entry's text; with {@code resign}, its manifest SHA too. */
  private static Path altered(
      String name, String entry, UnaryOperator<String> change, boolean resign) throws IOException {
    Path out = dir.resolve(name);
    ObjectMapper json = new ObjectMapper();
    try (ZipFile zip = new ZipFile(originalBackup.toFile());
        OutputStream file = Files.newOutputStream(out);
        ZipOutputStream z = new ZipOutputStream(file)) {
      byte[] changed = null;
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry ze = e.nextElement();
        byte[] bytes;
        try (InputStream in = zip.getInputStream(ze)) {
          bytes = in.readAllBytes();
        }
        if (ze.getName().equals(entry)) {
          bytes =
              change
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
          changed = bytes;
        }
        if (ze.getName().equals("manifest.json") && resign && changed != null) {
          ObjectNode m = (ObjectNode) json.readTree(bytes);
          for (var t : m.withArray("tables")) {
            if (t.get("entry").asText().equals(entry)) {
              ((ObjectNode) t).put("sha256", sha256(changed));
            }
          }
          bytes = json.writeValueAsBytes(m);
        }
        z.putNextEntry(new ZipEntry(ze.getName()));
        z.write(bytes);
        z.closeEntry();
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void damagedTruncatedOrIllFittingBackupsAreRefusedAndTheStoreIsUnchanged() throws IOException {
    PostgresServer pg = LocalPostgres.newDatabase();
    Cli server = new Cli(address(pg));
    assertThat(server.run("restore", originalBackup.toString()).exit()).isZero();
    Path before = dir.resolve("before.zip");
    assertThat(server.run("backup", before.toString()).exit()).isZero();

    // one amount changed after the backup was written: its SHA-256 no longer matches
    Path damaged =
        altered("damaged.zip", "tables/facts_1.csv", s -> s.replaceFirst("00\"", "01\""), false);
    Cli.Run r = server.run("restore", "--replace", damaged.toString());
    assertThat(r.exit()).isEqualTo(YesanCli.EXIT_STORE);
    assertThat(r.err()).contains("damaged.zip!tables/facts_1.csv: expected SHA-256 ");

    // cut in half, as by a full disk
    byte[] whole = Files.readAllBytes(originalBackup);
    Path truncated = dir.resolve("truncated.zip");
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
    r = server.run("restore", "--replace", truncated.toString());
    assertThat(r.exit()).isEqualTo(YesanCli.EXIT_STORE);
    assertThat(r.err())
        .isEqualTo(
            "yesan: "
                + truncated
                + " is not a whole Yesan backup (not a readable zip: truncated or damaged?)\n");

    // whole and signed, but a value the store cannot take, found only once rows were replaced
    Path illFitting =
        altered(
            "ill-fitting.zip",
            "tables/slices.csv",
            s -> s.replaceFirst("^\"[0-9]+\"", "\"not a number\""),
            true);
    r = server.run("restore", "--replace", illFitting.toString());
    assertThat(r.exit()).isEqualTo(YesanCli.EXIT_STORE);
    assertThat(r.err()).contains("not a number");

    Path after = dir.resolve("after.zip");
    assertThat(server.run("backup", after.toString()).exit()).isZero();
    assertThat(rows(after)).isEqualTo(rows(before));
  }
}
