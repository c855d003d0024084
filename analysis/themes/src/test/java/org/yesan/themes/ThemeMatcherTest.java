package org.yesan.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yesan.themes.Lines.line;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yesan.model.Measure;
import org.yesan.model.Stage;

class ThemeMatcherTest {

  private static final ThemeCatalog CATALOG = ThemeCatalog.builtIn();
  private final ThemeMatcher ai = new ThemeMatcher(CATALOG.require("ai"), Lines.DATASET);
  private final ThemeMatcher defence = new ThemeMatcher(CATALOG.require("defence"), Lines.DATASET);

  @Test
  void aiTagsKoreanAndLatinTermsWithEvidence() {
    TaggedLine t =
        ai.tag(line(700, "과학기술정보통신부", "과학기술", "SW산업경쟁력강화", "인공지능기술개발(R&D)")).orElseThrow();
    assertThat(t.evidence())
        .isEqualTo(
            new Evidence(
                "ai-korean",
                "unit_project",
                "인공지능기술개발(R&D)",
                "인공지능",
                "themes/ai.theme.json:10",
                "test.csv",
                1));
    assertThat(t.themeAmount()).isEqualByComparingTo("700");
    TaggedLine latin = ai.tag(line(5, "과학기술정보통신부", "과학기술", "", "AI 반도체 개발")).orElseThrow();
    assertThat(latin.evidence().ruleId()).isEqualTo("ai-latin");
    assertThat(latin.evidence().matched()).isEqualTo("AI");
  }

  @Test
  void aiDoesNotTagLatinWordsThatMerelyContainTheLetters() {
    assertThat(ai.decide(line(1, "교육부", "교육", "회계기금간거래(예수원금상환)", "서울대AID차관사업(일반회계)")))
        .isInstanceOf(Decision.Untagged.class);
    assertThat(ai.decide(line(1, "감사원", "일반공공행정", "감사활동 및 행정지원", "ASOSAI 세미나 개최")))
        .isInstanceOf(Decision.Untagged.class);
    assertThat(ai.tag(line(1, "X", "", "", "MAIN TRAIN 운영"))).isEmpty();
  }

  @Test
  void avianInfluenzaIsExcludedFromTheLatinRuleOnly() {
    Decision d = ai.decide(line(9, "농림축산식품부", "농림수산", "가축방역", "AI·구제역 긴급방역"));
    assertThat(d).isInstanceOf(Decision.Excluded.class);
    Decision.Excluded x = (Decision.Excluded) d;
    assertThat(x.rule()).isEqualTo("ai-latin");
    assertThat(x.exclusion().ruleId()).isEqualTo("ai-latin.exclude");
    assertThat(x.exclusion().matched()).isEqualTo("방역");
    // a Korean term still tags an AI line about disease control
    assertThat(ai.tag(line(9, "농림축산식품부", "농림수산", "가축방역", "인공지능 방역 예측")))
        .map(t -> t.evidence().ruleId())
        .contains("ai-korean");
  }

  @Test
  void aiIgnoresRevenue() {
    assertThat(
            ai.decide(
                line(Measure.REVENUE.id(), 2018, Stage.ENACTED, 1, 1, "과학기술정보통신부", "", "", "인공지능")))
        .isInstanceOf(Decision.OutOfScope.class);
  }

  @Test
  void defenceSectorWinsAndLaterRulesAreListed() {
    TaggedLine t = defence.tag(line(100, "국방부", "국방", "국방정보화", "정보통신체계운영")).orElseThrow();
    assertThat(t.evidence().ruleId()).isEqualTo("defence-sector");
    assertThat(t.evidence().level()).isEqualTo("sector");
    assertThat(t.alsoMatched()).containsExactly("defence-agencies", "defence-terms");
    assertThat(t.share()).isEqualByComparingTo("1");
  }

  @Test
  void dualUseTechnologyCountsHalf() {
    TaggedLine t =
        defence
            .tag(line(10630000001L, "지식경제부", "산업·중소기업및에너지", "주력산업진흥", "민군겸용기술향상(R&D)"))
            .orElseThrow();
    assertThat(t.evidence().ruleId()).isEqualTo("dual-use-technology");
    assertThat(t.themeAmount()).isEqualTo(new BigDecimal("5315000000.5"));
  }

  @Test
  void defenceIndustryLinesOfOtherMinistriesAreTagged() {
    TaggedLine t =
        defence
            .tag(line(720000000, "산업통상자원부", "산업·중소기업및에너지", "주력산업진흥", "방산물자교역지원센터운영"))
            .orElseThrow();
    assertThat(t.evidence().ruleId()).isEqualTo("defence-terms");
    assertThat(t.evidence().matched()).isEqualTo("방산");
  }

  @Test
  void koreanFalseFriendsAreMasked() {
    // 한방산업 (Korean medicine), 지방산업단지 and 지방산림청 (regional) contain 방산
    assertThat(defence.tag(line(1, "보건복지부", "보건", "한의약", "한방산업지원"))).isEmpty();
    assertThat(defence.tag(line(1, "국토해양부", "국토및지역개발", "수자원", "지방산업단지공업용수도건설(균특)"))).isEmpty();
    assertThat(defence.tag(line(1, "산림청", "농림수산", "산림행정", "지방산림청 기본경비(일반)"))).isEmpty();
    // 한국방송 contains 국방
    assertThat(defence.tag(line(1, "방송통신위원회", "통신", "방송진흥", "한국방송광고진흥공사지원"))).isEmpty();
    // a real occurrence beside a masked one still counts
    assertThat(defence.tag(line(1, "방송통신위원회", "통신", "방송진흥", "한국방송 국방홍보 협력"))).isPresent();
  }

  @Test
  void civilDefenceIsExcludedThemeWide() {
    Decision d = defence.decide(line(13114000000L, "행정안전부", "공공질서및안전", "안전정책", "민방위사태대응능력강화"));
    assertThat(d).isInstanceOf(Decision.Excluded.class);
    Decision.Excluded x = (Decision.Excluded) d;
    assertThat(x.rule()).isEqualTo("defence-terms");
    assertThat(x.exclusion().ruleId()).isEqualTo("civil-defence");
    assertThat(x.exclusion().level()).isEqualTo("unit_project");
  }

  @Test
  void militaryPensionsOutsideTheDefenceSectorAreNotDefence() {
    assertThat(defence.decide(line(1774503530000L, "국방부", "사회복지", "공적연금", "군인연금")))
        .isInstanceOf(Decision.Excluded.class);
    // the transfer to the pension fund inside the 국방 sector is counted by the sector rule
    assertThat(defence.tag(line(1, "국방부", "국방", "회계기금간거래(전출금)", "회계기금간전출(군인연금기금)")))
        .map(t -> t.evidence().ruleId() + " " + t.alsoMatched())
        .contains("defence-sector []");
  }

  @Test
  void electricPowerIsNotMilitaryStrength() {
    // 전력 is both 戰力 (military strength) and 電力 (electric power); the theme never uses it alone
    assertThat(defence.tag(line(1, "지식경제부", "산업·중소기업및에너지", "전력산업", "4000MVA 대전력시험설비증설"))).isEmpty();
  }

  @Test
  void levelsRestrictWhereAMatchLooks() {
    Theme t =
        Theme.of(
            "x", List.of(ThemeRule.of("r", Match.anyOf("국방").onLevels("unit_project"))), List.of());
    ThemeMatcher m = new ThemeMatcher(t, Lines.DATASET);
    assertThat(m.tag(line(1, "국방부", "국방", "", "인건비"))).isEmpty();
    assertThat(m.tag(line(1, "교육부", "교육", "", "국방교육"))).isPresent();
  }

  @Test
  void allOfRequiresEveryKeywordSomewhere() {
    Theme t = Theme.of("x", List.of(ThemeRule.of("r", Match.anyOf("로봇").allOf("R&D"))), List.of());
    ThemeMatcher m = new ThemeMatcher(t, Lines.DATASET);
    assertThat(m.tag(line(1, "산업통상자원부", "", "", "로봇산업진흥"))).isEmpty();
    assertThat(m.tag(line(1, "산업통상자원부", "", "", "로봇산업원천기술개발(R&D)"))).isPresent();
  }

  @Test
  void pathPrefixesMatchWholeMembersTopDown() {
    Match byPath =
        new Match(
            java.util.Optional.empty(),
            List.of(),
            List.of(),
            java.util.Optional.empty(),
            List.of(),
            List.of("국방부 > 국방"),
            List.of());
    ThemeMatcher m =
        new ThemeMatcher(
            Theme.of("x", List.of(ThemeRule.of("p", byPath)), List.of()), Lines.DATASET);
    TaggedLine t = m.tag(line(1, "국방부", "국방", "병력운영", "급여정책")).orElseThrow();
    assertThat(t.evidence().level()).isEqualTo("sector");
    assertThat(m.tag(line(1, "국방부", "사회복지", "공적연금", "군인연금"))).isEmpty();
    assertThat(m.tag(line(1, "국방부처", "국방", "", ""))).isEmpty();
  }

  @Test
  void regexMatchesAndReportsTheMatchedText() {
    Match rx =
        new Match(
            java.util.Optional.of(List.of("unit_project")),
            List.of(),
            List.of(),
            java.util.Optional.of("K-?\\d+ ?전차"),
            List.of(),
            List.of(),
            List.of());
    ThemeMatcher m =
        new ThemeMatcher(Theme.of("x", List.of(ThemeRule.of("r", rx)), List.of()), Lines.DATASET);
    assertThat(m.tag(line(1, "방위사업청", "국방", "", "K2 전차 양산")))
        .map(t -> t.evidence().matched())
        .contains("K2 전차");
  }

  @Test
  void themeNamesLevelsTheDatasetLacks() {
    assertThat(defence.absentLevels()).isEmpty();
    ThemeMatcher m =
        new ThemeMatcher(
            Theme.of(
                "x", List.of(ThemeRule.of("r", Match.anyOf("a").onLevels("project"))), List.of()),
            Lines.DATASET);
    assertThat(m.absentLevels()).containsExactly("project");
  }
}
