package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Growth rates and changes that do not fit the usual base (the year before, as passed) but fit
 * another the text allows, on sentences written for these tests against the bundled data: the base
 * year after its supplementaries, the base as the new budget's documents restate it, another stage.
 */
class OtherBasesTest {

  private static CheckedClaim claim(String text, String date, String figure) {
    List<CheckedClaim> claims = SharedStores.checkHeadline(text, date);
    return claims.stream().filter(c -> c.text().equals(figure)).findFirst().orElseThrow();
  }

  @Test
  void aRateAgainstTheBaseYearAfterItsSupplementariesIsNotCalledFalse() {
    // 2021 enacted 558.0; 2020 enacted 512.3 (+8.9%), after the 4th supplementary 554.7 (+0.59%).
    // The text does not say which 2020 figure it means: not supported, and not an accusation.
    CheckedClaim c = claim("2021년 예산은 558조원으로 확정돼 올해보다 0.6% 늘었다.", "2020-12-03", "0.6%");
    assertThat(c.verdict())
        .as(c.reading() + " — " + c.explanation())
        .isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation())
        .contains("2020 supplementary_4")
        .contains("the text may mean that base");
    assertThat(c.explanationKo()).contains("다른 기준");
  }

  @Test
  void aNamedBaseThatDoesNotFitIsNotSwappedForOneThatDoes() {
    // The same rate said to be against the main budget (본예산), which gives 8.92%: the text names a
    // base the figure does not fit, so it is not supported, but it fits the supplementary total
    // and is not called false either.
    CheckedClaim c = claim("2021년 예산은 558조원으로 확정돼 올해 본예산보다 0.6% 늘었다.", "2020-12-03", "0.6%");
    assertThat(c.verdict())
        .as(c.reading() + " — " + c.explanation())
        .isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation())
        .contains("Not called false")
        .contains("2020 supplementary_4")
        .contains("the text may mean that base");
    assertThat(c.explanationKo()).contains("다른 기준").contains("틀렸다고 하지 않습니다");
  }

  @Test
  void aRateAgainstTheRestatedBaseIsSupportedWithTheVintageNamed() {
    // 2009 proposal 273.8; 2008 enacted 256.1721 as voted (+6.88%), 257.2 as restated in the
    // FY2009 documents (+6.45%).
    CheckedClaim c =
        claim("정부는 2009년 예산안을 273조8000억원으로 편성해 올해 예산보다 6.5% 늘렸다.", "2008-09-30", "6.5%");
    assertThat(c.verdict()).as(c.reading() + " — " + c.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.explanation())
        .contains("as restated in the FY2009 documents")
        .contains("usual base as the FY2009 documents restate it");
    assertThat(c.explanationKo()).contains("2009년도 예산 자료에서 다시 밝힌 수치");
  }

  @Test
  void aRateThatFitsNoBaseIsStillFalse() {
    // 2021 enacted 558.0 against every 2020 figure (512.3 to 554.7) gives 0.6% to 8.9%; 12.0% is
    // none of them.
    CheckedClaim c = claim("2021년 예산은 558조원으로 확정돼 올해보다 12.0% 늘었다.", "2020-12-03", "12.0%");
    assertThat(c.verdict())
        .as(c.reading() + " — " + c.explanation())
        .isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void theBaseYearsProposalIsNotABaseUnlessNamed() {
    // 2009 proposal 273.8 against the 2008 proposal 257.3 gives 6.37% to 6.45% at the data's
    // rounding; against the 2008 enacted, 6.88% (256.1721) or 6.41% to 6.49% (257.2, restated).
    // 6.38% fits only the proposal, and "this year's budget" is the budget passed.
    CheckedClaim c =
        claim("정부는 2009년 예산안을 273조8000억원으로 편성해 올해 예산보다 6.38% 늘렸다.", "2008-09-30", "6.38%");
    assertThat(c.verdict())
        .as(c.reading() + " — " + c.explanation())
        .isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void aRateThatFitsAnotherStageOfItsYearIsNotCalledFalse() {
    // 2010 proposal 291.8, enacted 292.8; 2009 enacted 284.5. Against it the proposal grew 2.57%,
    // the budget as passed 2.92%: "the budget bill" may be the bill as passed.
    CheckedClaim c =
        claim(
            "The 2010 budget bill is up 2.9 percent from this year's budget.",
            "2009-12-31",
            "2.9 percent");
    assertThat(c.verdict())
        .as(c.reading() + " — " + c.explanation())
        .isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation()).contains("2010 enacted against").contains("stage and base");
  }

  @Test
  void englishLastYearAsTheBaseOfNextYearsBudgetIsTheYearBeforeThatBudget() {
    // 2023 proposal 639.0 against 2022 enacted 607.7 is 5.15%; against 2021 it is far more. In a
    // text of October 2022, "last year" renders 전년: the year before the 2023 budget.
    CheckedClaim c =
        claim(
            "The 2023 budget was set at 639 trillion won, up 5.2% from last year's main budget.",
            "2022-10-26", "5.2%");
    assertThat(c.verdict()).as(c.reading() + " — " + c.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.reading()).contains("vs 2022").contains("the year before the 2023 budget");
  }

  @Test
  void koreanLastYearStaysTheYearBeforeTheTextsDate() {
    // 지난해 in a text of 2022 is 2021, whatever budget the sentence is about.
    CheckedClaim c = claim("2023년 예산안은 639조원으로 지난해보다 14.9% 늘었다.", "2022-08-30", "14.9%");
    assertThat(c.reading()).contains("vs 2021");
  }

  @Test
  void aChangeFromTheProposalTheSentenceNamesIsTheAssemblysNetChange() {
    // 2019: proposal 470.5, enacted 469.6: the Assembly took 0.9조 off; against 2018 (428.8) the
    // change is 40.8조.
    CheckedClaim c =
        claim(
            "내년도 예산이 총지출 기준 469조6000억원으로 잠정 결정됐다.\n\n국회는 8일 본회의에서 수정안을 처리할 예정이다."
                + " 이는 정부가 국회에 제출한 470조5000억원에서 9000억원 순감소한 규모다.",
            "2018-12-08",
            "9000억원");
    assertThat(c.verdict()).as(c.reading() + " — " + c.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.explanation()).contains("the Assembly's net change");
  }

  @Test
  void aRateWhoseYearIsNamedPastAnotherRateIsNotAccused() {
    // 2025 proposal 677.4 over 2024 enacted 656.6 is 3.17%. The 2.8% after the 3.2% is another
    // year's growth; read as 2025's it would be false.
    List<CheckedClaim> all =
        SharedStores.checkHeadline(
            "2025년 예산안은 677조4000억원으로 올해보다 3.2% 늘었고, 올해 증가율 2.8%를 웃돈다.", "2024-08-27");
    CheckedClaim other =
        all.stream().filter(x -> x.text().equals("2.8%")).findFirst().orElseThrow();
    assertThat(other.verdict())
        .as(other.reading() + " — " + other.explanation())
        .isNotEqualTo(Verdict.CONTRADICTED);
    // With its year next to it, a rate that fits no base is still false.
    CheckedClaim own = claim("2025년 예산안은 올해보다 2.8% 늘었다.", "2024-08-27", "2.8%");
    assertThat(own.verdict())
        .as(own.reading() + " — " + own.explanation())
        .isEqualTo(Verdict.CONTRADICTED);
  }
}
