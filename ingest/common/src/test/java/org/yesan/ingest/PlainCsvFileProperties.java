package org.yesan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.yesan.model.Stage;

/**
 * Whatever the bytes, a file {@link PlainCsvFile} calls plain reads the same through {@link
 * CsvTable} (FastCSV, the row-by-row reader): row {@code i} on line {@code i + 2}, the same year on
 * every row, required members present, and each amount column's total, first figure and
 * position-weighted sum as recomputed from the parsed rows.
 */
class PlainCsvFileProperties {

  private static final List<String> PIECES =
      List.of(
          "", " ", "a", "가", "\u3000", "\"", ",", "\n", "\r", "\r\n", "-", "+", "0", "7", "12",
          "2018", "1,2", "\u25B3", "x", "\t", "\u00A0");

  @Provide
  Arbitrary<String> field() {
    return Arbitraries.of(PIECES).list().ofMaxSize(3).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> amount() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L).map(String::valueOf),
        Arbitraries.of("0", "-0", "+5", "007", "999999999999999999", "1234567890123456789"),
        field());
  }

  /** One record: year, required member, optional member, amount; each maybe quoted. */
  @Provide
  Arbitrary<String> record() {
    Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.just("2018"), field());
    return net.jqwik.api.Combinators.combine(
            year,
            Arbitraries.oneOf(Arbitraries.of("국방부", "교육부"), field()),
            Arbitraries.oneOf(Arbitraries.just(""), field()),
            amount(),
            Arbitraries.integers().between(0, 15))
        .as(
            (y, m, o, a, quoting) ->
                String.join(
                    ",",
                    quote(y, quoting & 1),
                    quote(m, quoting & 2),
                    quote(o, quoting & 4),
                    quote(a, quoting & 8)));
  }

  /** The test files' layout: year, a required and an optional member, one amount in 천원. */
  private static BulkCsv described(Path file) {
    return new BulkCsv(
        file,
        new TextEncoding.Detected(StandardCharsets.UTF_8, false),
        4,
        0,
        List.of(new BulkCsv.Member(1, true), new BulkCsv.Member(2, false)),
        List.of(new BulkCsv.Amount(3, 0, Stage.ENACTED)),
        "expenditure",
        BigDecimal.valueOf(1000));
  }

  private static String quote(String text, int quoted) {
    return quoted == 0 ? text : "\"" + text.replace("\"", "\"\"") + "\"";
  }

  @Property(tries = 400)
  void aPlainFileReadsAsTheRowByRowReaderReadsIt(
      @ForAll @Size(min = 1, max = 6) List<@From("record") String> records,
      @ForAll("ending") String ending,
      @ForAll boolean finalEnding,
      @ForAll boolean blankLinesAtEnd)
      throws IOException {
    StringBuilder text = new StringBuilder("회계연도,소관명,계정명,금년도예산(천원)");
    for (String r : records) {
      text.append(ending).append(r);
    }
    if (finalEnding) {
      text.append(ending);
      if (blankLinesAtEnd) {
        text.append(ending).append(ending);
      }
    }
    Path file = Files.createTempFile("plain-csv", ".csv");
    try {
      Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
      BulkCsv csv = described(file);
      Optional<PlainCsvFile> plain = PlainCsvFile.check(csv);
      Statistics.collect(plain.isPresent() ? "plain" : "not plain");
      // The law must be tested on many plain files, not only on refusals.
      Statistics.coverage(c -> c.check("plain").percentage(p -> p >= 10));
      if (plain.isEmpty()) {
        return;
      }
      List<CsvTable.Row> rows = new ArrayList<>();
      List<List<String>> fields = new ArrayList<>();
      try (CsvTable table = CsvTable.open(file)) {
        table.forEachRow(
            r -> {
              rows.add(r);
              List<String> f = new ArrayList<>();
              for (int i = 0; i < r.size(); i++) {
                f.add(r.field(i));
              }
              fields.add(f);
            });
      }
      PlainCsvFile p = plain.get();
      assertThat(p.rows()).isEqualTo(rows.size());
      BigInteger total = BigInteger.ZERO;
      long positional = 0;
      long first = -1;
      boolean blanks = false;
      for (int i = 0; i < rows.size(); i++) {
        List<String> f = fields.get(i);
        assertThat(rows.get(i).line()).isEqualTo(i + 2L);
        assertThat(f.get(0)).isEqualTo(p.year().toString());
        if (!p.membersNeedStrip()) {
          // With blanks to strip, a blank required member is the store's check to make.
          assertThat(f.get(1)).isNotEmpty();
        }
        BigInteger v = AmountText.parse(f.get(3)).orElseThrow().toBigIntegerExact();
        total = total.add(v);
        positional +=
            (i % PlainCsvFile.POSITION_MODULUS)
                * (v.longValueExact() % PlainCsvFile.POSITION_MODULUS);
        if (first < 0 && v.signum() != 0) {
          first = i;
        }
      }
      for (String r : records) {
        blanks |= r.contains(" ") || r.contains("\u3000");
      }
      PlainCsvFile.AmountColumn a = p.amounts().get(0);
      assertThat(a.total()).isEqualTo(total);
      assertThat(a.positional()).isEqualTo(positional);
      assertThat(a.firstNonZeroRow()).isEqualTo(first);
      assertThat(a.nonZero()).isEqualTo(first >= 0);
      if (!blanks) {
        assertThat(p.membersNeedStrip()).isFalse();
      }
      p.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The scan reads a few megabytes at a time: records that cross from one read to the next, a
   * multi-byte character among them, are counted and summed once each.
   */
  @Property(tries = 3)
  void recordsAcrossTheScansBuffersAreReadOnce(
      @ForAll("ending") String ending,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 97) int step)
      throws IOException {
    StringBuilder text = new StringBuilder("회계연도,소관명,계정명,금년도예산(천원)");
    BigInteger total = BigInteger.ZERO;
    long rows = 0;
    // About 9 MB: more than two of the scan's reads, with lines of varying length.
    for (int i = 0; text.length() < 6_000_000; i++) {
      long amount = (long) i * step - 40_000;
      String member = "사업" + "가".repeat(i % 23);
      text.append(ending).append("2018,\"").append(member).append("\",,").append(amount);
      total = total.add(BigInteger.valueOf(amount));
      rows++;
    }
    Path file = Files.createTempFile("plain-csv-large", ".csv");
    try {
      Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
      BulkCsv csv = described(file);
      PlainCsvFile p = PlainCsvFile.check(csv).orElseThrow();
      assertThat(Files.size(file)).isGreaterThan(8L << 20);
      assertThat(p.rows()).isEqualTo(rows);
      assertThat(p.amounts().get(0).total()).isEqualTo(total);
      p.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<String> ending() {
    return Arbitraries.of("\n", "\r\n");
  }
}
