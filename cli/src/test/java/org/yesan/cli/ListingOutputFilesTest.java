package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --output FILE} on every listing command over the real 열린재정 files, in each of the four
 * formats its extension names: the CSV file is the command's own CSV with a byte order mark, and
 * the JSON, XLSX and Parquet files hold as many rows as the command says it wrote and the CSV has;
 * the JSON's field names are all snake_case.
 */
class ListingOutputFilesTest {

  private static final BothEdges EDGES = BothEdges.shared();

  @TempDir static Path dir;

  /** Every listing command but the account ones (users, tokens, audit), each with a question. */
  static Stream<List<String>> listings() {
    String enacted = "measure:expenditure|stage:enacted";
    // the comparisons, the series and the real terms ask what their *EdgesTest ask both edges
    return Stream.of(
        List.of("datasets"),
        List.of(
            "query",
            "--dataset",
            "kr-openfiscal",
            "--measure",
            "expenditure",
            "--stage",
            "enacted",
            "--drilldown",
            "fiscal_year"),
        List.of(ComparisonEdgesTest.byMinistry("compare")),
        List.of(ComparisonEdgesTest.byMinistry("movers")),
        List.of("growth", "--dataset", "kr-openfiscal", "--cut", enacted),
        List.of(SeriesEdgesTest.DEFENCE_ENACTED),
        List.of("search", "국방", "--dataset", "kr-openfiscal", "--levels", "ministry"),
        List.of("links", "list", "--dataset", "kr-openfiscal", "--year", "2018"),
        List.of(
            "themes",
            "apply",
            "defence",
            "--dataset=kr-openfiscal",
            "--measure",
            "expenditure",
            "--stage",
            "enacted",
            "--year",
            "2018"),
        List.of(
            "real",
            "--dataset",
            "kr-openfiscal",
            "--cut",
            RealTermsEdgesTest.CUT,
            "--base-year",
            "2015"),
        List.of("validate", "--dataset", "kr-openfiscal"),
        List.of("targets"),
        List.of("envelopes"),
        List.of("commitments", "--as-of", "2026-12-01"),
        List.of("cycle", "--year", "2026"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listings")
  void writesTheFormatItsFileNames(List<String> question) throws Exception {
    String name = String.join("-", question.subList(0, 1));
    BothEdges.Answer csvOut = EDGES.cliText(with(question, "--format", "csv"));
    assertThat(csvOut.status()).as(csvOut.err()).isZero();

    Path csv = dir.resolve(name + ".csv");
    int rows = wrote(EDGES.cliText(with(question, "--output", csv.toString())), csv);
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String file = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(lines(file)).isEqualTo(lines(csvOut.body().replaceFirst("^\uFEFF", "")));
    assertThat(lines(file)).hasSize(rows + 1); // the heading and one line a row

    Path json = dir.resolve(name + ".json");
    assertThat(wrote(EDGES.cliText(with(question, "--output", json.toString())), json))
        .isEqualTo(rows);
    JsonNode parsed = new ObjectMapper().readTree(json.toFile());
    assertThat(parsed.isArray() ? parsed.size() : parsed.path("rows").size()).isEqualTo(rows);
    // one naming convention (docs/api.md): every field name is snake_case
    assertThat(fieldNames(parsed)).allMatch(f -> f.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"));

    Path xlsx = dir.resolve(name + ".xlsx");
    assertThat(wrote(EDGES.cliText(with(question, "--output", xlsx.toString())), xlsx))
        .isEqualTo(rows);
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(rows); // row 0 is the heading
    }

    Path parquet = dir.resolve(name + ".parquet");
    assertThat(wrote(EDGES.cliText(with(question, "--output", parquet.toString())), parquet))
        .isEqualTo(rows);
    assertThat(parquetRows(parquet)).isEqualTo((long) rows);
  }

  private static String[] with(List<String> question, String... more) {
    List<String> all = new ArrayList<>(question);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /**
   * The row count of the line "wrote N rows to FILE (ext)" (validate prints its totals too), after
   * checking the file is there.
   */
  private static int wrote(BothEdges.Answer run, Path file) {
    assertThat(run.status()).as(run.err()).isZero();
    Matcher m =
        Pattern.compile("^wrote (\\d+) rows to (.+) \\(", Pattern.MULTILINE).matcher(run.body());
    assertThat(m.find()).as(run.body()).isTrue();
    assertThat(m.group(2)).isEqualTo(file.toString());
    assertThat(file).isRegularFile();
    return Integer.parseInt(m.group(1));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                names.add(e.getKey());
                names.addAll(fieldNames(e.getValue()));
              });
    } else if (node.isArray()) {
      node.forEach(n -> names.addAll(fieldNames(n)));
    }
    return names;
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  private static long parquetRows(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM read_parquet('"
                    + file.toString().replace("'", "''")
                    + "')")) {
      r.next();
      return r.getLong(1);
    }
  }
}
