package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.openfiscal.OpenFiscalFormat;
import org.yesan.store.Slice;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportReport;

/**
 * Mutates real 열린재정 files as damage and careless hands do, imports them, and holds the import to
 * its promise: refused with {@code FILE:LINE:COLUMN} and the store unchanged, or accepted with
 * every slice total equal to a recomputation by {@link ReferenceCsv}. {@code -Dyesan.fuzz.tries=N}
 * runs more cases ({@code bench/fuzz.sh}).
 */
class ImportFuzzTest {

  private static final Path DATA =
      Path.of(System.getProperty("yesan.shared", "/work/shared"))
          .resolve("data/kr-openfiscal-2007-2018");

  private static final Pattern POSITIONED =
      Pattern.compile("^\\S+?(:\\d+(:\\d+)?)?: expected .+, found .+$", Pattern.DOTALL);

  private static DuckDbFactStore store;
  private static Path dir;
  private static final Map<String, Integer> OUTCOMES = new TreeMap<>();

  enum Mutation {
    NONE,
    TRUNCATE_AT_BYTE,
    DROP_FIELD,
    DUPLICATE_FIELD,
    SWAP_FIELDS,
    STRAY_QUOTE,
    REENCODE_UTF8,
    REENCODE_UTF8_BOM,
    DUPLICATE_ROW,
    GROUPED_AND_TRIANGLE_AMOUNTS,
    BLANK_AMOUNT,
    DUPLICATE_FILE,
    OVERLAP_SUBSET,
    OVERLAP_CHANGED_COPY
  }

  @BeforeContainer
  static void open() throws IOException {
    dir = Files.createTempDirectory("yesan-fuzz");
    store = DuckDbFactStore.open(dir.resolve("fuzz.duckdb"));
    // A baseline that no case touches: the fuzzed files are the other years.
    Path base = dir.resolve("out_2007.csv");
    Files.write(base, sample(Files.readAllBytes(DATA.resolve("out_2007.csv")), new Random(7)));
    store.importFiles(List.of(input(base)), ImportProgress.NONE);
  }

  @AfterContainer
  static void close() throws IOException {
    store.close();
    System.out.println("import fuzz outcomes: " + OUTCOMES);
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  // Tries: jqwik.tries.default in junit-platform.properties (520), or -Djqwik.tries.default=N.
  @Property
  void aMutatedRealFileIsRefusedWithItsPlaceOrLandsExactly(
      @ForAll Mutation mutation, @ForAll long seed) throws IOException {
    Random r = new Random(seed);
    int year = 2008 + r.nextInt(11);
    byte[] original = sample(Files.readAllBytes(DATA.resolve("out_" + year + ".csv")), r);
    Path file = dir.resolve("case/out_" + year + ".csv");
    Files.createDirectories(file.getParent());
    List<Path> files = new ArrayList<>(List.of(file));
    byte[] mutated = mutate(mutation, original, r);
    Files.write(file, mutated);
    switch (mutation) {
      case DUPLICATE_FILE -> files.add(write("copy.csv", mutated));
      case OVERLAP_SUBSET -> files.add(write("subset.csv", subset(original, r)));
      case OVERLAP_CHANGED_COPY -> files.add(write("changed.csv", changeOneAmount(original, r)));
      default -> {}
    }
    String before = content();
    List<ImportInput> inputs = new ArrayList<>();
    try {
      for (Path f : files) {
        inputs.add(input(f));
      }
      // Every size goes to DuckDB's reader when plain, so both readings meet the mutations.
      ImportReport report =
          store.importFiles(inputs, ImportProgress.NONE, store::validateUncommitted, 0);
      count(mutation + " accepted");
      assertThat(files).as("two files holding one slice are never both accepted").hasSize(1);
      assertThat(mutation).isNotIn(Mutation.DROP_FIELD, Mutation.DUPLICATE_FIELD);
      Map<String, BigDecimal> expected =
          ReferenceCsv.stageTotals(mutated)
              .orElseThrow(() -> new AssertionError("accepted a file the reference refuses"));
      Map<String, BigDecimal> stored = new TreeMap<>();
      for (Slice s : report.datasets().get(0).written()) {
        assertThat(s.fiscalYear().value()).isEqualTo(year);
        stored.put(s.stage().id(), s.total());
      }
      assertThat(stored).isEqualTo(new TreeMap<>(expected));
      for (Slice s : store.slices("kr-openfiscal")) {
        if (s.fiscalYear().value() == year && expected.containsKey(s.stage().id())) {
          assertThat(s.total()).isEqualByComparingTo(expected.get(s.stage().id()));
        }
      }
    } catch (InputException e) {
      count(mutation + " refused");
      assertThat(mutation)
          .as("real rows, whole or rewritten as Korean tables write them, are read: " + e)
          .isNotIn(
              Mutation.NONE,
              Mutation.REENCODE_UTF8,
              Mutation.REENCODE_UTF8_BOM,
              Mutation.DUPLICATE_ROW,
              Mutation.GROUPED_AND_TRIANGLE_AMOUNTS);
      assertThat(e.getMessage()).matches(POSITIONED);
      assertThat(files).contains(e.file());
      assertThat(content()).as("a refused import leaves the store as it was").isEqualTo(before);
    } finally {
      inputs.forEach(in -> in.batch().close());
    }
  }

  private static synchronized void count(String outcome) {
    OUTCOMES.merge(outcome, 1, Integer::sum);
  }

  private static Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve("case").resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static ImportInput input(Path f) {
    OpenFiscalFormat format = new OpenFiscalFormat();
    return new ImportInput(
        f, format.id(), sha256(f), format.open(f, ImportOptions.defaults()), Optional.empty());
  }

  /** The header and a run of 20 to 200 consecutive real rows: every case stays a real file. */
  static byte[] sample(byte[] file, Random r) {
    List<List<String>> rows =
        ReferenceCsv.decode(file).flatMap(ReferenceCsv::records).orElseThrow();
    int n = 20 + r.nextInt(181);
    int from = 1 + r.nextInt(Math.max(1, rows.size() - n));
    List<List<String>> out = new ArrayList<>();
    out.add(rows.get(0));
    out.addAll(rows.subList(from, Math.min(rows.size(), from + n)));
    // Keep each stage column live somewhere so that the file holds the stages the year had.
    return ReferenceCsv.write(out).getBytes(ReferenceCsv.CP949);
  }

  private static List<List<String>> rows(byte[] bytes) {
    return ReferenceCsv.decode(bytes).flatMap(ReferenceCsv::records).orElseThrow();
  }

  private static byte[] cp949(List<List<String>> rows) {
    return ReferenceCsv.write(rows).getBytes(ReferenceCsv.CP949);
  }

  static byte[] mutate(Mutation m, byte[] original, Random r) {
    List<List<String>> rows = rows(original);
    int row = 1 + r.nextInt(rows.size() - 1);
    List<String> fields = new ArrayList<>(rows.get(row));
    int field = r.nextInt(fields.size());
    String text = new String(original, ReferenceCsv.CP949);
    switch (m) {
      case NONE, DUPLICATE_FILE, OVERLAP_SUBSET, OVERLAP_CHANGED_COPY:
        return original;
      case TRUNCATE_AT_BYTE:
        return java.util.Arrays.copyOf(original, 1 + r.nextInt(original.length - 1));
      case DROP_FIELD:
        fields.remove(field);
        break;
      case DUPLICATE_FIELD:
        fields.add(field, fields.get(field));
        break;
      case SWAP_FIELDS:
        int other = r.nextInt(fields.size());
        String a = fields.get(field);
        fields.set(field, fields.get(other));
        fields.set(other, a);
        break;
      case STRAY_QUOTE:
        int at = r.nextInt(text.length());
        return (text.substring(0, at) + '"' + text.substring(at)).getBytes(ReferenceCsv.CP949);
      case REENCODE_UTF8:
        return text.getBytes(StandardCharsets.UTF_8);
      case REENCODE_UTF8_BOM:
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
      case DUPLICATE_ROW:
        rows.add(row, rows.get(row));
        return cp949(rows);
      case GROUPED_AND_TRIANGLE_AMOUNTS:
        for (int i = 1; i < rows.size(); i++) {
          List<String> f = new ArrayList<>(rows.get(i));
          for (int c = 8; c < f.size(); c++) {
            long v = Long.parseLong(f.get(c));
            f.set(c, (v < 0 ? "△" : "") + String.format("%,d", Math.abs(v)));
          }
          rows.set(i, f);
        }
        return cp949(rows);
      case BLANK_AMOUNT:
        fields.set(8 + r.nextInt(3), "");
        break;
    }
    rows.set(row, fields);
    return cp949(rows);
  }

  private static byte[] subset(byte[] original, Random r) {
    List<List<String>> rows = rows(original);
    List<List<String>> out = new ArrayList<>(List.of(rows.get(0)));
    out.addAll(rows.subList(1, 2 + r.nextInt(rows.size() - 1)));
    return cp949(out);
  }

  private static byte[] changeOneAmount(byte[] original, Random r) {
    List<List<String>> rows = rows(original);
    int row = 1 + r.nextInt(rows.size() - 1);
    List<String> f = new ArrayList<>(rows.get(row));
    f.set(8, String.valueOf(Long.parseLong(f.get(8)) + 1 + r.nextInt(1000)));
    rows.set(row, f);
    return cp949(rows);
  }

  /** Every stored row of every table that an import writes, as one digest. */
  private static String content() {
    StringBuilder b = new StringBuilder();
    for (String sql :
        List.of(
            "SELECT id, name, model_json, content_hash FROM datasets ORDER BY id",
            "SELECT id, dataset_id, file, format, sha256, facts FROM sources ORDER BY id",
            "SELECT * FROM slices ORDER BY id")) {
      store.select(sql, List.of(), rs -> b.append(row(rs)).append('\n'));
    }
    for (String name : store.datasets().stream().map(d -> d.name()).toList()) {
      int id = store.idOf(name);
      store.select(
          "SELECT count(*), sum(hash(slice_id, source_id, source_line, line_id, amount)) FROM "
              + StoreSchema.factTable(id),
          List.of(),
          rs -> b.append(row(rs)).append('\n'));
      // The rows behind the view too: a row without its slice would not show in the view.
      store.select(
          "SELECT count(*), sum(hash(COLUMNS(*))) FROM " + FactLayout.rowTable(id),
          List.of(),
          rs -> b.append(row(rs)).append('\n'));
      store.select(
          "SELECT count(*), sum(hash(COLUMNS(*))) FROM " + StoreSchema.lineTable(id),
          List.of(),
          rs -> b.append(row(rs)).append('\n'));
    }
    return b.toString();
  }

  private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
      b.append(rs.getString(i)).append('|');
    }
    return b.toString();
  }

  private static String sha256(Path f) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
