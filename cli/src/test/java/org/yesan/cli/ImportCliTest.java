package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `yesan import` as a user meets it: the summary, refusals and exit codes. */
class ImportCliTest {

  @TempDir Path dir;

  @Test
  void aRatioReadsAsAPercentageInTheImportSummary() throws IOException {
    Path data = Path.of("..", "data", "kr-total-expenditure.csv");
    // The published ratio, read from the file itself rather than written into the test.
    Matcher m =
        Pattern.compile("(?m)^2026,enacted,2026,national_debt_to_gdp,[^,]*,[^,]*,[^,]*,([0-9.]+),")
            .matcher(Files.readString(data));
    assertThat(m.find()).isTrue();
    Cli.Run r =
        new Cli(dir.resolve("y.duckdb")).run("import", "--format", "headline", data.toString());
    assertThat(r.exit()).isZero();
    String row =
        r.out()
            .lines()
            .filter(
                l ->
                    l.startsWith("national_debt_to_gdp")
                        && l.contains(" 2026 ")
                        && l.contains(" enacted "))
            .findFirst()
            .orElseThrow();
    assertThat(row).endsWith(" " + m.group(1) + "%").doesNotContain("원");
  }

  @Test
  void twoFilesHoldingOneSliceAreRefusedAndNothingLands() throws IOException {
    Path real = Cli.shared().resolve("data/kr-openfiscal-2007-2018/out_2018.csv");
    Path copy = Files.copy(real, dir.resolve("copy_of_out_2018.csv"));
    Cli cli = new Cli(dir.resolve("z.duckdb"));
    Cli.Run r = cli.run("import", real.toString(), copy.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("expected each file once per import");
    // A subset of the same file is another file with the same slice: refused, naming both.
    Path subset = dir.resolve("out_2018_part.csv");
    Files.write(
        subset,
        Files.readAllLines(real, org.yesan.ingest.TextEncoding.CP949).subList(0, 21),
        org.yesan.ingest.TextEncoding.CP949);
    r = cli.run("import", real.toString(), subset.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err())
        .contains(subset + ":2: expected each slice of an import from one file only")
        .contains("which " + real + " of the same import also holds");
    assertThat(cli.run("datasets").out()).doesNotContain("kr-openfiscal");
  }
}
