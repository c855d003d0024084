package org.yesan.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yesan.ingest.InputException;

class ThemeFileReaderTest {

  private static Path resource(String name) {
    try {
      return Path.of(ThemeFileReaderTest.class.getClassLoader().getResource(name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsAMinimalFileWithDefaults() {
    Path file = resource("valid/minimal.theme.json");
    Theme t = ThemeFileReader.read(file);
    assertThat(t.id()).isEqualTo("minimal");
    assertThat(t.version()).isEqualTo("0.1.0");
    assertThat(t.appliesTo()).isEqualTo(Scope.EXPENDITURE);
    assertThat(t.description()).isEmpty();
    assertThat(t.rules()).hasSize(1);
    ThemeRule r = t.rules().get(0);
    assertThat(r.share()).isEqualTo(BigDecimal.ONE);
    assertThat(r.line()).isEqualTo(7);
    assertThat(r.match().levels()).isEmpty();
    assertThat(t.source()).isEqualTo(file.toString());
  }

  @Test
  void builtInThemesAreValid() {
    ThemeCatalog c = ThemeCatalog.builtIn();
    assertThat(c.themes()).extracting(Theme::id).containsExactly("ai", "defence");
    Theme d = c.require("defence");
    assertThat(d.rules())
        .extracting(ThemeRule::id)
        .containsExactly(
            "dual-use-technology", "defence-sector", "defence-agencies", "defence-terms");
    assertThat(d.rules().get(0).share()).isEqualByComparingTo("0.5");
    assertThat(d.excludes()).extracting(ThemeExclusion::id).containsExactly("civil-defence");
    assertThatThrownBy(() -> c.require("climate"))
        .hasMessage(
            "unknown theme 'climate'; built in: ai, defence (or give a rule file with --file)");
  }

  // columns checked by hand: the 1-based position of the offending token on its line
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          trailing-comma            | 9:62: expected well-formed JSON, found Unexpected character ('}' (code 125)): was expecting double-quote to start field name
          unknown-field             | 7:19: expected one of the fields id, note, match, exclude, share, found field 'keywords'
          missing-version           | 1:1: expected field 'version' in the theme, found an object without it
          share-as-number           | 7:51: expected a share as a decimal string such as "0.5", found number 0.5
          share-above-one           | 7:51: expected a share above 0 and at most 1, found string '1.5'
          bad-regex                 | 7:62: expected a Java regular expression, found string '국방(' (Unclosed group)
          duplicate-rule-id         | 8:13: expected a rule id not used before (the first 'r1' is on line 7), found string 'r1'
          not-within-unrelated      | 7:95: expected a not_within term containing one of the match's keywords, found string '방송'
          changelog-without-version | 9:16: expected a changelog entry for version 0.1.0, found none for that version
          empty-rules               | 6:12: expected at least one entry in rules, found an empty array
          match-without-keywords    | 7:51: expected any_of_keywords, regex, members or path_prefixes in the match, found none of them
          wrong-format              | 2:13: expected format 'yesan-theme/1', found string 'yesan-theme/2'
          duplicate-field           | 4:3: expected each field once (the first 'id' is on line 3), found 'id' again
          keyword-with-space        | 7:73: expected a keyword without surrounding spaces, found string ' 국방'
          """)
  void brokenFilesAreReportedWithTheirPosition(String name, String message) {
    Path file = resource("broken/" + name + ".theme.json");
    assertThatThrownBy(() -> ThemeFileReader.read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":" + message);
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = Path.of("no/such.theme.json");
    assertThatThrownBy(() -> ThemeFileReader.read(file))
        .isInstanceOf(InputException.class)
        .hasMessage("no/such.theme.json: expected a theme rule file, found no such file");
  }

  @Test
  void anEmptyTextIsNotATheme() {
    assertThatThrownBy(() -> ThemeFileReader.parse("  ", Path.of("x.json"), "x"))
        .hasMessage("x.json:1:1: expected a JSON object, found an empty file");
    assertThatThrownBy(() -> ThemeFileReader.parse("[]", Path.of("x.json"), "x"))
        .hasMessage("x.json:1:1: expected a theme object, found an array");
    assertThatThrownBy(() -> ThemeFileReader.parse("{} {}", Path.of("x.json"), "x"))
        .hasMessage("x.json:1:4: expected the end of the file, found more JSON");
  }
}
