package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yesan.ingest.BulkCsv;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.PlainCsvFile;
import org.yesan.ingest.openfiscal.OpenFiscalFormat;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportReport;

/**
 * The bulk route (DuckDB's CSV reader on files proven plain) against the row-by-row reading of the
 * same files: both must store the same facts, line for line, and the bulk route must be taken for
 * exactly the plain files.
 */
class BulkCsvLoadTest {

  /** The shared 열린재정 files; other tests of the import read them from here too. */
  static final Path DATA =
      Path.of(System.getProperty("yesan.shared", "/work/shared"))
          .resolve("data/kr-openfiscal-2007-2018");

  /** The header of an out_ file, for files written by the tests. */
  static final String HEADER =
      "회계연도,소관명,회계명,계정명,분야명,부문명,프로그램명,단위사업명,금년도예산(천원),추경정부안(천원),추경국회확정(천원)";

  @TempDir Path dir;

  private static List<Path> realFiles() throws IOException {
    try (Stream<Path> s = Files.list(DATA)) {
      return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
  }

  /**
   * A 열린재정 out_ file in UTF-8 under {@code dir}, one row per 금년도예산 figure (천원), the 추경 columns
   * zero; other tests of the import write theirs with it too.
   */
  static Path outFile(Path dir, String name, int year, String... amounts) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < amounts.length; i++) {
      sb.append(year)
          .append(",국방부,일반회계,,국방,병력운영,장병 기본급여,단위사업 ")
          .append(i)
          .append(',')
          .append(amounts[i])
          .append(",0,0\n");
    }
    Path f = dir.resolve(year + "").resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  /** Every fact of a dataset as {@code year:line:amount}, in year and line order. */
  static List<String> yearLineAmounts(DuckDbFactStore store, int datasetId) {
    return store.select(
        "SELECT fiscal_year, source_line, amount FROM "
            + StoreSchema.factTable(datasetId)
            + " ORDER BY 1, 2",
        List.of(),
        rs -> rs.getInt(1) + ":" + rs.getLong(2) + ":" + rs.getBigDecimal(3));
  }

  /** An import in which DuckDB's reader takes every plain file, however small. */
  private static ImportReport importAnySize(DuckDbFactStore store, List<ImportInput> inputs) {
    return store.importFiles(inputs, ImportProgress.NONE, store::validateUncommitted, 0);
  }

  /** A shared 열린재정 file as an import reads it; the migration test builds its stores with it too. */
  static ImportInput input(Path f) {
    OpenFiscalFormat format = new OpenFiscalFormat();
    return new ImportInput(
        f,
        format.id(),
        Integer.toHexString(f.hashCode()) + f.toFile().length(),
        format.open(f, ImportOptions.defaults()),
        Optional.empty());
  }

  private static Optional<PlainCsvFile> plain(Path f) {
    BulkCsv csv = input(f).batch().bulkCsv().orElseThrow();
    return PlainCsvFile.check(csv);
  }

  /**
   * Every fact with its file, line, members and amount, sorted: the store's meaning, not its ids.
   */
  private static List<String> facts(DuckDbFactStore store) {
    List<String> out = new ArrayList<>();
    for (var d : store.datasets()) {
      int id = store.idOf(d.name());
      String members =
          String.join(
              ", ",
              store.select(
                  "SELECT 'coalesce(l.' || column_name || ', ''(none)'')' FROM"
                      + " information_schema.columns WHERE table_name = ? AND column_name <>"
                      + " 'line_id' ORDER BY column_name",
                  List.of(StoreSchema.lineTable(id)),
                  rs -> rs.getString(1)));
      out.addAll(
          store.select(
              "SELECT concat_ws('|', src.file, f.measure, f.fiscal_year, f.stage, f.reported_in,"
                  + " f.source_line, f.amount, s.facts, s.total, "
                  + members
                  + ") FROM "
                  + StoreSchema.factTable(id)
                  + " f JOIN "
                  + StoreSchema.lineTable(id)
                  + " l USING (line_id) JOIN sources src ON src.id = f.source_id"
                  + " JOIN slices s ON s.id = f.slice_id ORDER BY 1",
              List.of(),
              rs -> rs.getString(1)));
    }
    return out;
  }

  private record Stored(List<String> facts, List<String> slices, List<String> lines) {}

  private Stored importBoth(List<Path> files, boolean bulk) {
    Path db = dir.resolve((bulk ? "bulk" : "rows") + System.nanoTime() + ".duckdb");
    try (DuckDbFactStore store = DuckDbFactStore.open(db)) {
      List<ImportInput> inputs = files.stream().map(BulkCsvLoadTest::input).toList();
      ImportReport report =
          store.importFiles(
              inputs,
              ImportProgress.NONE,
              store::validateUncommitted,
              bulk ? 0 : DuckDbImport.NEVER_BULK);
      List<String> slices = new ArrayList<>();
      for (var c : report.datasets()) {
        c.written().forEach(s -> slices.add(s.toString()));
      }
      List<String> lines =
          store.select(
              "SELECT count(*) FROM " + StoreSchema.lineTable(store.idOf("kr-openfiscal")),
              List.of(),
              rs -> rs.getString(1));
      return new Stored(facts(store), slices, lines);
    }
  }

  private void assertSameAsRowByRow(List<Path> files) {
    Stored bulk = importBoth(files, true);
    Stored rows = importBoth(files, false);
    assertThat(bulk.facts()).isNotEmpty();
    assertThat(bulk.facts()).isEqualTo(rows.facts());
    assertThat(bulk.slices()).as("slices in the same order").isEqualTo(rows.slices());
    assertThat(bulk.lines()).as("each distinct path stored once").isEqualTo(rows.lines());
  }

  @Test
  void aBulkLoadWritesItsFactsSliceAfterSliceInFileOrder() {
    Path file = DATA.resolve("out_2018.csv");
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("order.duckdb"))) {
      importAnySize(store, List.of(input(file)));
      String rows = FactLayout.rowTable(store.idOf("kr-openfiscal"));
      // Each slice one run of rows, in the file's order within it: the runs DuckDB compresses.
      List<String> runs =
          store.select(
              "SELECT count(DISTINCT slice_id), count(*) FILTER (WHERE slice_id <> prev),"
                  + " count(*) FILTER (WHERE slice_id = prev AND source_line <= prev_line)"
                  + " FROM (SELECT slice_id, source_line, lag(slice_id) OVER w AS prev,"
                  + " lag(source_line) OVER w AS prev_line FROM "
                  + rows
                  + " WINDOW w AS (ORDER BY rowid))",
              List.of(),
              rs -> rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3));
      assertThat(runs).hasSize(1);
      String[] n = runs.get(0).split(" ");
      assertThat(Long.parseLong(n[0])).isGreaterThan(1);
      assertThat(Long.parseLong(n[1])).isEqualTo(Long.parseLong(n[0]) - 1);
      assertThat(Long.parseLong(n[2])).isZero();
    }
  }

  @Test
  void everyRealFileIsPlainWithItsRowCount() throws IOException {
    for (Path f : realFiles()) {
      try (PlainCsvFile p = plain(f).orElseThrow(() -> new AssertionError(f + " not plain"))) {
        long records =
            ReferenceCsv.decode(Files.readAllBytes(f))
                .flatMap(ReferenceCsv::records)
                .orElseThrow()
                .size();
        assertThat(p.rows()).as(f.toString()).isEqualTo(records - 1);
        assertThat(p.utf8()).as("CP949 is read from a UTF-8 copy").isNotEqualTo(f);
      }
    }
  }

  @Test
  void theRealFilesStoreTheSameFactsEitherWay() throws IOException {
    assertSameAsRowByRow(realFiles());
  }

  private Path write(String name, String text, Charset charset) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(charset));
    return p;
  }

  private static String row(int year, String ministry, String account, String unit, String... a) {
    return year
        + ",\""
        + ministry
        + "\",\""
        + account
        + "\",,\"일반·지방행정\",\"일반행정\",\"기관운영\",\""
        + unit
        + "\","
        + String.join(",", a);
  }

  /** Files the bulk route must read exactly as the row-by-row reader does. */
  static Stream<String> plainVariants() {
    String body =
        String.join(
            "\n",
            HEADER,
            row(2013, "감사원", "일반회계", "인건비", "100", "0", "0"),
            // A stage column that starts holding figures after its first row.
            row(2013, "감사원", "일반회계", "기본경비", "-0007", "+5", "0"),
            row(2013, "국방부", "일반회계", "\"\"전력\"\" 유지", "999999999999999999", "0", "3"),
            row(2013, "감사원", "일반회계", "인건비", "1", "2", "0"),
            "2013,\"국방부\",\"국방·군사시설이전특별회계\",\"계정A\",\"국방\",\"병력운영\",\"급여\",,\"0\",\"0\",\"1\"");
    return Stream.of(
        body + "\n",
        body,
        body + "\n\n\n",
        body.replace("\n", "\r\n") + "\r\n",
        "\uFEFF" + body + "\n",
        // Blanks around members, which the reader strips; an optional member of blanks is none.
        body.replace("\"감사원\"", "\" 감사원\u3000\"").replace(",,", ",\"\u2003 \",") + "\n");
  }

  /** Files that are valid but not plain: read row by row, with the same result as ever. */
  static Stream<String> validButNotPlain() {
    String first = row(2013, "감사원", "일반회계", "인건비", "100", "0", "0");
    String second = row(2013, "감사원", "일반회계", "기본경비", "200", "0", "5");
    return Stream.of(
        HEADER + "\n" + first + "\n\n" + second + "\n",
        HEADER + "\n" + first + "\n" + second.replace("200", "\"1,200\"") + "\n",
        HEADER + "\n" + first + "\n" + second.replace("200", "△200") + "\n",
        HEADER + "\n" + first + "\n" + second.replace("200", "1234567890123456789") + "\n",
        HEADER + "\n" + first + "\n" + second.replace("\"기본경비\"", "\"기본\n경비\"") + "\n",
        HEADER + "\n" + first.replace("2013,", " 2013,") + "\n" + second + "\n");
  }

  /** Each valid file with whether it is plain (the bulk route) or not (read row by row). */
  static Stream<Arguments> validFiles() {
    return Stream.concat(
        plainVariants().map(t -> Arguments.of(t, true)),
        validButNotPlain().map(t -> Arguments.of(t, false)));
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void eachValidFileTakesItsRouteAndStoresTheSameFactsEitherWay(String text, boolean isPlain)
      throws IOException {
    Path f = write("out_2013.csv", text, StandardCharsets.UTF_8);
    assertThat(plain(f).isPresent()).as("plain").isEqualTo(isPlain);
    assertSameAsRowByRow(List.of(f));
  }

  @Test
  void plainAndOtherFilesOfOneImportShareTheirLinesAsRowByRow() throws IOException {
    String plainText = plainVariants().findFirst().orElseThrow();
    Path plainFile = write("out_2013.csv", plainText, StandardCharsets.UTF_8);
    Path other =
        write(
            "out_2012.csv",
            plainText.replace("2013,", "2012,").replace(",100,", ",\"1,100\","),
            StandardCharsets.UTF_8);
    Path third = write("out_2011.csv", plainText.replace("2013,", "2011,"), StandardCharsets.UTF_8);
    assertThat(plain(other)).isEmpty();
    assertThat(plain(third)).isPresent();
    assertSameAsRowByRow(List.of(plainFile, other, third));
  }

  @Test
  void reimportingPlainFilesReplacesTheirSlicesAndAddsNoLine() throws IOException {
    List<Path> files = realFiles().subList(0, 8);
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("again.duckdb"))) {
      importAnySize(store, files.stream().map(BulkCsvLoadTest::input).toList());
      List<String> once = facts(store);
      ImportReport again =
          importAnySize(store, files.stream().map(BulkCsvLoadTest::input).toList());
      assertThat(again.datasets().get(0).replaced())
          .isEqualTo(again.datasets().get(0).written().size());
      assertThat(facts(store)).isEqualTo(once);
    }
  }

  @Test
  void aBadFileGetsTheRowByRowErrorAndStoresNothing() throws IOException {
    Path good =
        write(
            "out_2012.csv",
            plainVariants().findFirst().orElseThrow().replace("2013", "2012"),
            StandardCharsets.UTF_8);
    Path bad =
        write(
            "out_2013.csv",
            HEADER + "\n" + row(2013, "감사원", "일반회계", "인건비", "100", "x", "0") + "\n",
            StandardCharsets.UTF_8);
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("bad.duckdb"))) {
      assertThatThrownBy(() -> importAnySize(store, List.of(input(good), input(bad))))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(bad + ":2:10: expected a whole number of 천원 in 추경정부안(천원)");
      assertThat(store.datasets()).isEmpty();
    }
  }

  @Test
  void aRequiredMemberOfBlanksGetsTheRowByRowError() throws IOException {
    Path bad =
        write(
            "out_2013.csv",
            HEADER + "\n" + row(2013, "감사원", " \u3000", "인건비", "100", "0", "0") + "\n",
            StandardCharsets.UTF_8);
    assertThat(plain(bad)).isPresent();
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("blank.duckdb"))) {
      assertThatThrownBy(() -> importAnySize(store, List.of(input(bad))))
          .isInstanceOf(InputException.class)
          .hasMessage(bad + ":2:3: expected a name in 회계명, found an empty field");
      assertThat(store.datasets()).isEmpty();
    }
  }

  @Test
  void twoPlainFilesOfOneSliceAreRefusedAsRowByRow() throws IOException {
    String text = plainVariants().findFirst().orElseThrow();
    Path a = write("out_2013.csv", text, StandardCharsets.UTF_8);
    Path b = write("copy.csv", text.replace("\"인건비\",100", "\"인건비\",101"), StandardCharsets.UTF_8);
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("two.duckdb"))) {
      assertThatThrownBy(() -> importAnySize(store, List.of(input(a), input(b))))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("each slice of an import from one file only")
          .hasMessageStartingWith(b + ":2:");
      assertThat(store.datasets()).isEmpty();
    }
  }
}
