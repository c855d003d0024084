package org.yesan.ingest.fdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.SourceBatch;
import org.yesan.model.Fact;

/** The UK sample package rewritten with other delimiters reads to the same facts. */
class DialectTest {

  private static final Path UK =
      Path.of(System.getProperty("yesan.shared", "/work/shared")).resolve("data/fdp-uk-cra-sample");

  private static List<Fact> facts(Path descriptor) {
    List<Fact> facts = new ArrayList<>();
    try (SourceBatch b = new FiscalDataPackageFormat().open(descriptor, ImportOptions.defaults())) {
      b.forEach(facts::add);
    }
    return facts;
  }

  private static BigDecimal total(List<Fact> facts) {
    return facts.stream().map(Fact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Copies the package with its CSV rewritten by FastCSV's writer in another delimiter. */
  private static Path rewritten(Path dir, char delimiter, String dialectJson) throws IOException {
    String descriptor = Files.readString(UK.resolve("datapackage.json"), StandardCharsets.UTF_8);
    if (dialectJson != null) {
      descriptor =
          descriptor.replaceFirst(
              "\"path\"\\s*:\\s*\"dataset.csv\"",
              java.util.regex.Matcher.quoteReplacement(
                  "\"path\": \"dataset.csv\", \"dialect\": " + dialectJson));
      assertThat(descriptor).contains("\"dialect\"");
    }
    Files.writeString(dir.resolve("datapackage.json"), descriptor, StandardCharsets.UTF_8);
    try (CsvReader<de.siegmar.fastcsv.reader.CsvRecord> in =
            CsvReader.builder().ofCsvRecord(UK.resolve("dataset.csv"));
        CsvWriter out =
            CsvWriter.builder().fieldSeparator(delimiter).build(dir.resolve("dataset.csv"))) {
      in.forEach(r -> out.writeRecord(r.getFields()));
    }
    return dir.resolve("datapackage.json");
  }

  @Test
  void semicolonsWithoutADeclaredDialectAreDetected(@TempDir Path dir) throws IOException {
    List<Fact> original = facts(UK.resolve("datapackage.json"));
    Path semi = rewritten(dir, ';', null);
    try (SourceBatch b = new FiscalDataPackageFormat().open(semi, ImportOptions.defaults())) {
      assertThat(b.notes())
          .containsExactly(
              dir.resolve("dataset.csv").toAbsolutePath()
                  + ": no dialect declared; read as ';' delimited, '\"' quoted (detected)");
    }
    List<Fact> read = facts(semi);
    assertThat(read).hasSize(original.size());
    assertThat(total(read)).isEqualByComparingTo(total(original));
    assertThat(read.get(17).members()).isEqualTo(original.get(17).members());
  }

  @Test
  void aDeclaredTabDialectIsUsed(@TempDir Path dir) throws IOException {
    List<Fact> original = facts(UK.resolve("datapackage.json"));
    List<Fact> read = facts(rewritten(dir, '\t', "{\"delimiter\": \"\\t\"}"));
    assertThat(total(read)).isEqualByComparingTo(total(original));
  }

  @Test
  void aDialectWithoutAHeaderIsRefused(@TempDir Path dir) throws IOException {
    Path p = rewritten(dir, ',', "{\"header\": false}");
    assertThatThrownBy(() -> facts(p))
        .isInstanceOf(InputException.class)
        .hasMessage(
            p
                + ": expected resource 'dataset.csv': a CSV with a header row, found a dialect"
                + " with \"header\": false");
  }
}
