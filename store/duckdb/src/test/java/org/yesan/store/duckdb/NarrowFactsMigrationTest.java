package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.store.Slice;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.sql.StoreException;
import org.yesan.validation.Finding;

/**
 * A version-3 store file, as its nine-column fact tables hold it, reads as it is and is migrated to
 * the narrow rows and view of version 4 with every slice's facts and total unchanged.
 */
class NarrowFactsMigrationTest {

  private static final Path DATA =
      Path.of(System.getProperty("yesan.shared", "/work/shared"))
          .resolve("data/kr-openfiscal-2007-2018");

  @TempDir Path dir;

  /**
   * Two years of expenditure by DuckDB's reader and one of revenue row by row, one year imported
   * again (so that slices were replaced), rewritten as version 3 left such a file.
   */
  private Path versionThreeFile() throws Exception {
    Path file = dir.resolve("v3.duckdb");
    try (DuckDbFactStore s = DuckDbFactStore.open(file)) {
      List<ImportInput> first =
          List.of(
              BulkCsvLoadTest.input(DATA.resolve("out_2007.csv")),
              BulkCsvLoadTest.input(DATA.resolve("out_2008.csv")),
              BulkCsvLoadTest.input(DATA.resolve("in_2007.csv")));
      s.importFiles(first, ImportProgress.NONE, s::validateUncommitted, 0);
      s.importFiles(
          List.of(BulkCsvLoadTest.input(DATA.resolve("out_2008.csv"))),
          ImportProgress.NONE,
          s::validateUncommitted,
          DuckDbImport.NEVER_BULK);
    }
    VersionThreeLayout.rewrite(file);
    return file;
  }

  /** Per slice key, the facts and sum of the amounts the fact tables hold, counted by DuckDB. */
  private static Map<String, String> factTotals(Path file) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      List<Integer> ids = new java.util.ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT id FROM datasets")) {
        while (rs.next()) {
          ids.add(rs.getInt(1));
        }
      }
      for (int id : ids) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT measure, fiscal_year, stage, reported_in, count(*), sum(amount) FROM "
                    + StoreSchema.factTable(id)
                    + " GROUP BY ALL")) {
          while (rs.next()) {
            out.put(
                id
                    + " "
                    + rs.getString(1)
                    + " "
                    + rs.getInt(2)
                    + " "
                    + rs.getString(3)
                    + " "
                    + rs.getInt(4),
                rs.getLong(5) + " " + rs.getBigDecimal(6).toPlainString());
          }
        }
      }
    }
    return out;
  }

  private static int version(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT max(version) FROM yesan_schema")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void aVersionThreeFileReadsAsItIsAndMigratesWithEverySliceTotalUnchanged() throws Exception {
    Path file = versionThreeFile();
    Map<String, String> before = factTotals(file);
    assertThat(before).hasSizeGreaterThanOrEqualTo(4);
    List<Slice> slices;
    try (DuckDbFactStore s = DuckDbFactStore.openReadOnly(file)) {
      slices = s.slices("kr-openfiscal");
      assertThat(s.validate("kr-openfiscal").failed()).isFalse();
      // a backup of it says which layout its tables have
      assertThat(s.schemaVersion()).isEqualTo("3");
    }
    // The slices' own counts and totals are what their facts add up to.
    for (Slice sl : slices) {
      String key =
          "%s %d %s %d"
              .formatted(
                  sl.measure(), sl.fiscalYear().value(), sl.stage().id(), sl.reportedIn().value());
      assertThat(before.entrySet().stream().filter(e -> e.getKey().endsWith(" " + key)))
          .singleElement()
          .satisfies(e -> assertThat(e.getValue()).isEqualTo(sl.facts() + " " + plainAtScale2(sl)));
    }
    assertThat(version(file)).isEqualTo(3);

    try (DuckDbFactStore s = DuckDbFactStore.open(file)) {
      assertThat(s.schemaVersion()).isEqualTo("5");
      assertThat(s.slices("kr-openfiscal")).isEqualTo(slices);
      assertThat(s.validate("kr-openfiscal").findings())
          .noneMatch(f -> f.severity() == Finding.Severity.FAILURE);
    }
    // through version 4 to 5, whose narrow amounts are for new tables only
    assertThat(version(file)).isEqualTo(5);
    assertThat(factTotals(file)).isEqualTo(before);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT table_name, table_type FROM information_schema.tables WHERE table_name"
                    + " LIKE 'fact%' ORDER BY 1")) {
      List<String> tables = new java.util.ArrayList<>();
      while (rs.next()) {
        tables.add(rs.getString(1).replaceAll("[0-9]+", "N") + " " + rs.getString(2));
      }
      assertThat(tables).containsExactly("fact_rows_N BASE TABLE", "facts_N VIEW");
    }
  }

  private static String plainAtScale2(Slice s) {
    return s.total().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  @Test
  void aFactThatDiffersFromItsSliceStopsTheMigrationAndTheFileStaysAsItWas() throws Exception {
    Path file = versionThreeFile();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      int id;
      try (ResultSet rs = s.executeQuery("SELECT id FROM datasets WHERE name = 'kr-openfiscal'")) {
        rs.next();
        id = rs.getInt(1);
      }
      s.execute(
          "UPDATE "
              + StoreSchema.factTable(id)
              + " SET stage = 'supplementary' WHERE source_line = 2 AND stage = 'enacted'");
    }
    Map<String, String> before = factTotals(file);
    long bytes = Files.size(file);
    assertThatThrownBy(() -> DuckDbFactStore.open(file).close())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot migrate dataset kr-openfiscal to store schema version 4")
        .hasMessageContaining("have no slice or differ from their slice's");
    assertThat(version(file)).isEqualTo(3);
    assertThat(factTotals(file)).isEqualTo(before);
    assertThat(bytes).isPositive();
  }
}
