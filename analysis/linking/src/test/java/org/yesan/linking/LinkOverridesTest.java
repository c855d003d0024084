package org.yesan.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.InputException;

class LinkOverridesTest {

  private static final Path DIR = Path.of("src/test/resources");

  private final YearLines a =
      Lines.year(2012)
          .line("가부", "사업", "옛이름", 10)
          .line("가부", "사업", "유지", 20)
          .line("가부", "사업", "그대로", 30)
          .build();
  private final YearLines b =
      Lines.year(2013)
          .line("나부", "새사업", "전혀다른이름", 11)
          .line("가부", "사업", "유지2", 21)
          .line("가부", "사업", "그대로", 31)
          .build();

  private static List<String> briefs(YearLinks links) {
    return links.links().stream()
        .map(l -> l.from().text() + " -> " + l.to().text() + " " + l.kind().id())
        .toList();
  }

  @Test
  void forceAddsAndForbidRemovesAfterAutomaticLinking() {
    YearLinks auto = new YearLinker(LinkSettings.defaults()).link(a, b, Optional.empty());
    assertThat(briefs(auto))
        .containsExactly(
            "가부 > 사업 > 그대로 -> 가부 > 사업 > 그대로 exact", "가부 > 사업 > 유지 -> 가부 > 사업 > 유지2 similar_name");
    LinkOverrides overrides = LinkOverrides.read(DIR.resolve("overrides.json"));
    assertThat(overrides.version()).isEqualTo("2024-06-test.1");
    YearLinks applied = overrides.apply(auto, a, b);
    assertThat(briefs(applied))
        .containsExactly(
            "가부 > 사업 > 그대로 -> 가부 > 사업 > 그대로 exact", "가부 > 사업 > 옛이름 -> 나부 > 새사업 > 전혀다른이름 forced");
    assertThat(applied.links().get(1).evidence())
        .isEqualTo("forced by overrides 2024-06-test.1: checked in the 2013 budget book");
    assertThat(applied.overridesVersion()).contains("2024-06-test.1");
    assertThat(applied.unlinkedFrom().keySet()).containsExactly(LinePath.of("가부", "사업", "유지"));
    assertThat(applied.unlinkedTo().keySet()).containsExactly(LinePath.of("가부", "사업", "유지2"));
  }

  @Test
  void aForcedLineLosesItsAutomaticLinks() {
    YearLinks auto = new YearLinker(LinkSettings.defaults()).link(a, b, Optional.empty());
    LinkOverrides o =
        new LinkOverrides(
            Path.of("o.json"),
            "7",
            List.of(OverrideRule.force(2012, "가부 > 사업 > 유지", "가부 > 사업 > 그대로", "")));
    assertThat(briefs(o.apply(auto, a, b))).containsExactly("가부 > 사업 > 유지 -> 가부 > 사업 > 그대로 forced");
  }

  @Test
  void rulesForOtherYearsAreIgnored() {
    YearLinks auto = new YearLinker(LinkSettings.defaults()).link(a, b, Optional.empty());
    LinkOverrides o =
        new LinkOverrides(Path.of("o.json"), "7", List.of(OverrideRule.forbid(2015, "x", "y", "")));
    assertThat(o.apply(auto, a, b).links()).isEqualTo(auto.links());
  }

  @Test
  void aRuleNamingAMissingLineIsAnError() {
    YearLinks auto = new YearLinker(LinkSettings.defaults()).link(a, b, Optional.empty());
    LinkOverrides o =
        new LinkOverrides(
            Path.of("o.json"),
            "7",
            List.of(OverrideRule.forbid(2012, "가부 > 사업 > 없음", "가부 > 사업 > 그대로", "")));
    assertThatThrownBy(() -> o.apply(auto, a, b))
        .isInstanceOf(InputException.class)
        .hasMessage("o.json: expected a line of 2012 named by its path, found '가부 > 사업 > 없음'");
  }

  @Test
  void unknownAction() {
    Path f = DIR.resolve("broken/unknown-action.json");
    assertThatThrownBy(() -> LinkOverrides.read(f))
        .isInstanceOf(InputException.class)
        .hasMessage(f + ":5:5: expected action force or forbid, found 'keep'");
  }

  @Test
  void noVersion() {
    Path f = DIR.resolve("broken/no-version.json");
    assertThatThrownBy(() -> LinkOverrides.read(f))
        .isInstanceOf(InputException.class)
        .hasMessage(f + ":1:1: expected a non-empty \"version\", found none");
  }

  @Test
  void malformedJson() {
    Path f = DIR.resolve("broken/malformed.json");
    assertThatThrownBy(() -> LinkOverrides.read(f))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(f + ":5:")
        .hasMessageContaining("expected well-formed JSON, found Unexpected character");
  }
}
