package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KoreanExplanationTest {

  @Test
  void particlesFollowTheLastSound() {
    // 원 ends in ㄴ (closed), 억 in ㄱ; 퍼센트 and 배 are open; after ㄹ and the digits 1, 7, 8
    // (일, 칠, 팔) the instrumental particle is 로, not 으로.
    assertThat(KoreanExplanation.with("728조원", "과", "와")).isEqualTo("728조원과");
    assertThat(KoreanExplanation.with("8.1%", "과", "와")).isEqualTo("8.1%와");
    assertThat(KoreanExplanation.with("3배", "과", "와")).isEqualTo("3배와");
    assertThat(KoreanExplanation.with("1조원", "으로", "로")).isEqualTo("1조원으로");
    assertThat(KoreanExplanation.with("서울", "으로", "로")).isEqualTo("서울로");
    assertThat(KoreanExplanation.with("2021", "으로", "로")).isEqualTo("2021로");
    assertThat(KoreanExplanation.with("2023", "으로", "로")).isEqualTo("2023으로");
    assertThat(KoreanExplanation.with("12.9 percent", "은", "는")).isEqualTo("12.9 percent는");
  }

  @Test
  void aFigureNotCalledFalseSaysWhyInKorean() {
    // 2019 enacted total 469.6; the year of the second sentence is carried over from the first.
    CheckedClaim c =
        ClaimChecker.over(SharedStores.headline())
            .check(
                "2019년 예산안은 469.6조원으로 국회를 통과했다.\n\n총지출은 500조원이다.",
                CheckOptions.defaults().withDate(LocalDate.of(2019, 12, 20)))
            .claims()
            .get(1);
    assertThat(c.explanation()).contains("Not called false");
    assertThat(c.explanationKo())
        .startsWith("확인하지 않았습니다: 자료의 수치 469.6조원과 다르지만, ")
        .contains("연도를 앞 문장에서 이어받았습니다")
        .endsWith("그래서 틀렸다고 하지 않습니다.");
  }

  @Test
  void aFigureNotCheckedForAnotherReasonThanMissingDataSaysThatReason() {
    // A 2028 figure in a text of 2025 is the medium-term plan's: the data hold it or not, the
    // Korean line must not say the data lack it.
    CheckedClaim c =
        ClaimChecker.over(SharedStores.headline())
            .check(
                "2028년 총지출은 800조원으로 늘어난다.",
                CheckOptions.defaults().withDate(LocalDate.of(2025, 8, 29)))
            .claims()
            .get(0);
    assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanationKo()).contains("전망치").doesNotContain("수치가 없습니다");
  }

  @Test
  void aMissingStageSaysInKoreanWhatTheDataHold() {
    // The 2017 education sector is held only as proposed (56.4); the budget as passed is not.
    CheckedClaim c =
        ClaimChecker.over(SharedStores.headline())
            .check(
                "2017년 교육 분야 예산은 57조원으로 확정됐다.",
                CheckOptions.defaults().withDate(LocalDate.of(2016, 12, 5)))
            .claims()
            .get(0);
    assertThat(c.explanation()).contains("has no enacted figure for 2017");
    assertThat(c.explanationKo()).contains("자료의 2017년 수치는 정부안 56.4조원입니다");
    // A year the series does not cover says which years it does.
    CheckedClaim before =
        ClaimChecker.over(SharedStores.headline())
            .check(
                "2010년 국방 예산은 29조6000억원이다.",
                CheckOptions.defaults().withDate(LocalDate.of(2010, 1, 5)))
            .claims()
            .get(0);
    assertThat(before.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(before.explanationKo()).contains("자료는 2017–2026년만 담고 있습니다");
  }

  @Test
  void everyReasonGivenOnTheRealNewsHasKoreanWords() {
    // Every figure of the 40 news texts that differs from the data but is not called false: its
    // English reasons each have their Korean, so the Korean UI never falls back to a vague line.
    ClaimChecker checker = ClaimChecker.over(SharedStores.headline());
    List<String> without = new ArrayList<>();
    int notCalledFalse = 0;
    for (String half : List.of("dev", "test")) {
      for (NewsLabels.Article a : NewsLabels.half(half)) {
        for (CheckedClaim c :
            checker.check(a.text(), CheckOptions.defaults().withDate(a.date())).claims()) {
          int at = c.explanation().indexOf("Not called false, because ");
          if (at < 0) {
            continue;
          }
          notCalledFalse++;
          for (String reason : topLevelReasons(c.explanation().substring(at + 26))) {
            if (KoreanReasons.of(reason).isEmpty()) {
              without.add(a.number() + ": " + reason);
            }
          }
        }
      }
    }
    assertThat(notCalledFalse).isGreaterThan(50);
    assertThat(without).isEmpty();
  }

  /** The reasons of "Not called false, because A; B (x; y); and C." split outside brackets. */
  private static List<String> topLevelReasons(String reasons) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < reasons.length(); i++) {
      char ch = reasons.charAt(i);
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == ';' && depth == 0) {
        out.add(reasons.substring(start, i));
        start = i + 1;
      }
    }
    out.add(reasons.substring(start));
    return out;
  }
}
