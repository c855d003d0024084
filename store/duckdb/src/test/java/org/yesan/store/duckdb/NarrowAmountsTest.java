package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.ingest.TextEncoding;
import org.yesan.store.imports.ImportProgress;

/**
 * A rows table an import creates keeps its amounts as DECIMAL(18,2) until a figure needs more than
 * 16 digits before the point; then it is widened first, in the import, and every amount stays the
 * file's own.
 */
class NarrowAmountsTest {

  private static final Path REAL = BulkCsvLoadTest.DATA.resolve("out_2018.csv");

  /** 17 digits of 천원: 20 digits of won, past what a narrow table holds. */
  private static final String TOO_LONG = "12345678901234567";

  @TempDir Path dir;

  @Test
  void anOrdinaryImportKeepsItsAmountsNarrowAndItsSumsWide() throws IOException {
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("s.duckdb"))) {
      store.importFiles(
          List.of(BulkCsvLoadTest.input(REAL)), ImportProgress.NONE, store::validateUncommitted);
      int id = store.idOf("kr-openfiscal");
      assertThat(amountType(store, FactLayout.rowTable(id))).isEqualTo("DECIMAL(18,2)");
      assertThat(amountType(store, StoreSchema.factTable(id))).isEqualTo("DECIMAL(18,2)");
      assertThat(
              store.select(
                  "SELECT typeof(sum(amount)) FROM " + StoreSchema.factTable(id),
                  List.of(),
                  rs -> rs.getString(1)))
          .containsExactly("DECIMAL(38,2)");
      assertThat(enacted(store, id)).isEqualTo(columnTotalInWon(REAL, 8, TextEncoding.CP949));
    }
  }

  @Test
  void aFigureTooLongForANarrowTableWidensItMidFileRowByRow() throws IOException {
    assertWidenedExactly(DuckDbImport.NEVER_BULK);
  }

  @Test
  void aFigureTooLongForANarrowTableWidensItBeforeABulkLoad() throws IOException {
    assertWidenedExactly(0);
  }

  private void assertWidenedExactly(long bulkMinBytes) throws IOException {
    Path first = file("out_2016.csv", 2016, "1000", "2000", "3000");
    Path second = file("out_2017.csv", 2017, "5", "6", TOO_LONG, "7", "-8");
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("s.duckdb"))) {
      store.importFiles(
          List.of(BulkCsvLoadTest.input(first)),
          ImportProgress.NONE,
          store::validateUncommitted,
          bulkMinBytes);
      int id = store.idOf("kr-openfiscal");
      assertThat(amountType(store, FactLayout.rowTable(id))).isEqualTo("DECIMAL(18,2)");

      store.importFiles(
          List.of(BulkCsvLoadTest.input(second)),
          ImportProgress.NONE,
          store::validateUncommitted,
          bulkMinBytes);
      assertThat(amountType(store, FactLayout.rowTable(id))).isEqualTo("DECIMAL(38,2)");
      assertThat(amountType(store, StoreSchema.factTable(id))).isEqualTo("DECIMAL(38,2)");
      assertThat(BulkCsvLoadTest.yearLineAmounts(store, id))
          .containsExactly(
              "2016:2:1000000.00",
              "2016:3:2000000.00",
              "2016:4:3000000.00",
              "2017:2:5000.00",
              "2017:3:6000.00",
              "2017:4:12345678901234567000.00",
              "2017:5:7000.00",
              "2017:6:-8000.00");
      assertThat(store.validate("kr-openfiscal").failed()).isFalse();
      assertThat(enacted(store, id))
          .isEqualTo(
              columnTotalInWon(first, 8, StandardCharsets.UTF_8)
                  .add(columnTotalInWon(second, 8, StandardCharsets.UTF_8)));
    }
  }

  @Test
  void aWideningRolledBackWithItsImportLeavesTheTableNarrowAndItsFacts() throws IOException {
    Path first = file("out_2016.csv", 2016, "1000", "2000");
    Path wide = file("out_2017.csv", 2017, "5", TOO_LONG);
    Path broken = file("out_2018.csv", 2018, "9", "12x");
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("s.duckdb"))) {
      store.importFiles(
          List.of(BulkCsvLoadTest.input(first)), ImportProgress.NONE, store::validateUncommitted);
      int id = store.idOf("kr-openfiscal");
      assertThatThrownBy(
              () ->
                  store.importFiles(
                      List.of(BulkCsvLoadTest.input(wide), BulkCsvLoadTest.input(broken)),
                      ImportProgress.NONE,
                      store::validateUncommitted))
          .hasMessageContaining("out_2018.csv:3:");
      assertThat(amountType(store, FactLayout.rowTable(id))).isEqualTo("DECIMAL(18,2)");
      assertThat(enacted(store, id)).isEqualTo(new BigDecimal("3000000.00"));
    }
  }

  private Path file(String name, int year, String... amounts) throws IOException {
    return BulkCsvLoadTest.outFile(dir, name, year, amounts);
  }

  private static String amountType(DuckDbFactStore store, String table) {
    return store
        .select(
            "SELECT data_type FROM information_schema.columns WHERE table_name = ? AND"
                + " column_name = 'amount'",
            List.of(table),
            rs -> rs.getString(1))
        .get(0);
  }

  private static BigDecimal enacted(DuckDbFactStore store, int id) {
    return store
        .select(
            "SELECT sum(amount) FROM " + StoreSchema.factTable(id) + " WHERE stage = 'enacted'",
            List.of(),
            rs -> rs.getBigDecimal(1))
        .get(0);
  }

  /** A column of 천원 figures summed by reading the file with FastCSV, in won at scale 2. */
  private static BigDecimal columnTotalInWon(Path f, int column, java.nio.charset.Charset cs)
      throws IOException {
    BigInteger sum = BigInteger.ZERO;
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(f, cs)) {
      boolean header = true;
      for (CsvRecord rec : r) {
        if (header) {
          header = false;
          continue;
        }
        String v = rec.getField(column).strip();
        if (!v.isEmpty()) {
          sum = sum.add(new BigInteger(v));
        }
      }
    }
    return new BigDecimal(sum.multiply(BigInteger.valueOf(1000))).setScale(2);
  }
}
