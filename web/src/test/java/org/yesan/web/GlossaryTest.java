package org.yesan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bilingual glossary against the shared 열린재정 files: every 소관 and 분야 of the 2007–2018 files has
 * an English name, and the names that are Yesan's own translation rather than an official name
 * found in a source are the ones docs/dashboard.md lists as such.
 */
class GlossaryTest {

  private static JsonNode glossary;
  private static final Set<String> MINISTRIES = new TreeSet<>();
  private static final Set<String> SECTORS = new TreeSet<>();

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in =
        GlossaryTest.class.getResourceAsStream("/org/yesan/web/static/glossary.json")) {
      glossary = new ObjectMapper().readTree(in);
    }
    // The member names straight from the files (CP949, header first), not through the store.
    Path dir = DashboardFixture.data().resolve("kr-openfiscal-2007-2018");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        boolean expenditure = f.getFileName().toString().startsWith("out");
        // x-windows-949, as the import reads them: its 0xA1A4 is "·" (U+00B7), CP949's is "・"
        String text = Files.readString(f, Charset.forName("x-windows-949"));
        List<CsvRecord> rows = CsvReader.builder().ofCsvRecord(text).stream().toList();
        for (CsvRecord r : rows.subList(1, rows.size())) {
          if (r.getFieldCount() < 5) {
            continue; // the empty last line
          }
          MINISTRIES.add(r.getField(1));
          if (expenditure) {
            SECTORS.add(r.getField(4));
          }
        }
      }
    }
  }

  @Test
  void theSharedFilesHaveTheNamesTheGlossaryIsMeasuredAgainst() {
    // guards the reading above: 48 files, 95 소관 and 23 분야 (the 16 of today and 7 older names)
    assertThat(MINISTRIES).hasSize(95).contains("건설교통부", "행정안전부", "국무조정실 및 국무총리비서실");
    assertThat(SECTORS).hasSize(23).contains("일반·지방행정", "산업·중소기업및에너지", "예비비", "환경보호");
  }

  @Test
  void everyMinistryAndSectorOfTheSharedFilesHasAnEnglishName() {
    Set<String> named = new TreeSet<>();
    glossary
        .path("levels")
        .properties()
        .forEach(l -> l.getValue().forEach(e -> named.add(e.path("ko").asText())));
    Set<String> unnamed = new TreeSet<>(MINISTRIES);
    unnamed.addAll(SECTORS);
    unnamed.removeAll(named);
    assertThat(unnamed).as("names of the shared files without an English name").isEmpty();
    Set<String> sectors = new TreeSet<>();
    glossary.path("levels").path("sector").forEach(e -> sectors.add(e.path("ko").asText()));
    assertThat(sectors).isEqualTo(SECTORS);
  }

  @Test
  void yesansOwnTranslationsAreExactlyTheNamesTheDocumentListsAsSuch() throws IOException {
    Set<String> translated = new TreeSet<>();
    glossary
        .path("levels")
        .properties()
        .forEach(
            l ->
                l.getValue()
                    .forEach(
                        e -> {
                          if (e.path("source").asText().equals("yesan-translation")) {
                            translated.add(e.path("ko").asText());
                          }
                        }));
    assertThat(translated).hasSize(14 + 23).isEqualTo(translatedInDocs());
  }

  /** The names in backquotes under "Names Yesan translated" in docs/dashboard.md. */
  static Set<String> translatedInDocs() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "dashboard.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("### Names Yesan translated");
    assertThat(start).as("the section in docs/dashboard.md").isNotNegative();
    int end = doc.indexOf("\n## ", start);
    String section = doc.substring(start, end < 0 ? doc.length() : end);
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("^- `([^`]+)`", Pattern.MULTILINE).matcher(section);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
