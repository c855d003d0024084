package org.yesan.claims.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {

  private static final Path BROKEN = Path.of("src/test/resources/broken");

  @Test
  void longerPhrasesWinAndLatinPhrasesNeedWordBoundaries() {
    Glossary g = Glossary.bundled();
    assertThat(g.matches("교육부 예산과 교육 분야"))
        .extracting(m -> m.subject().id())
        .containsExactly("ministry:교육부", "total", "sector:education");
    // "AI" inside "said" or "agriculture" inside nothing else: boundaries on Latin letters.
    assertThat(g.matches("he said the agriculture budget"))
        .extracting(m -> m.subject().id())
        .containsExactly("sector:agriculture_fisheries_food", "total");
  }

  @Test
  void usersExtendTheGlossary() {
    Subject space =
        new Subject(
            "theme:space",
            "space",
            "우주",
            Subject.Kind.PART,
            List.of("우주항공"),
            List.of(SubjectTarget.measure("space_budget")),
            "no space figure");
    Glossary g = Glossary.bundled().extendedWith(List.of(space));
    assertThat(g.matches("우주항공 예산"))
        .extracting(m -> m.subject().id())
        .containsExactly("theme:space", "total");
    assertThat(g.subjects()).hasSize(Glossary.bundled().subjects().size() + 1);
  }

  @Test
  void rejectsAnotherVersion() {
    assertThatThrownBy(() -> Glossary.read(BROKEN.resolve("glossary-version-2.json")))
        .hasMessage(
            "src/test/resources/broken/glossary-version-2.json: expected \"version\": 1, found 2");
  }

  @Test
  void rejectsASubjectWithoutPhrases() {
    assertThatThrownBy(() -> Glossary.read(BROKEN.resolve("glossary-no-phrases.json")))
        .hasMessage(
            "src/test/resources/broken/glossary-no-phrases.json: subjects[0]: expected at least one phrase, found none");
  }

  @Test
  void rejectsAnUnknownKind() {
    assertThatThrownBy(() -> Glossary.read(BROKEN.resolve("glossary-unknown-kind.json")))
        .hasMessage(
            "src/test/resources/broken/glossary-unknown-kind.json: subjects[0]: expected kind total, part, fiscal or not_budget, found \"galaxy\"");
  }
}
