package org.yesan.claims.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yesan.model.FiscalYear;

/** Readings that real reporting calls for, on sentences written for these tests. */
class ReportingReadingsTest {

  private final ClaimExtractor extractor = new ClaimExtractor(Glossary.bundled());

  private List<Claim> claims(String text, String date) {
    return extractor.extract(text, Optional.of(LocalDate.parse(date))).claims();
  }

  @Test
  void aTextDatedInAugustThatNamesNoYearSpeaksOfNextYearsBudget() {
    assertThat(claims("정부는 총지출을 701조원으로 편성했다.", "2024-08-20").get(0).fiscalYear())
        .contains(FiscalYear.of(2025));
    assertThat(claims("정부는 총지출을 701조원으로 편성했다.", "2024-07-20").get(0).fiscalYear())
        .contains(FiscalYear.of(2024));
  }

  @Test
  void anAmountInBracketsAfterARateIsTheChangeItStandsFor() {
    List<Claim> c = claims("내년 예산은 올해보다 6.1%(40조원) 늘어난 700조원이다.", "2024-09-01");
    assertThat(c)
        .extracting(Claim::kind)
        .containsExactly(ClaimKind.GROWTH_RATE, ClaimKind.CHANGE_AMOUNT, ClaimKind.AMOUNT);
    assertThat(claims("Spending rises 4.2 percent (27 trillion won) next year.", "2024-09-01"))
        .extracting(Claim::kind)
        .containsExactly(ClaimKind.GROWTH_RATE, ClaimKind.CHANGE_AMOUNT);
  }

  @Test
  void aBaseAmountOfAnEarlierComparisonIsNotTheBaseOfTheNextRate() {
    List<Claim> c = claims("예산은 정부안(700조원)보다 1조원 줄었지만 올해보다는 5.0% 늘었다.", "2024-12-10");
    assertThat(c)
        .extracting(Claim::kind)
        .containsExactly(ClaimKind.AMOUNT, ClaimKind.CHANGE_AMOUNT, ClaimKind.GROWTH_RATE);
    assertThat(c.get(1).comparison().orElseThrow().baseClaim()).contains(1);
    assertThat(c.get(2).comparison().orElseThrow().baseClaim()).isEmpty();
  }

  @Test
  void ratiosToGdpAreNeitherGrowthNorShares() {
    assertThat(claims("국가채무비율(45.5%)이 오른다.", "2024-09-01").get(0).kind())
        .isEqualTo(ClaimKind.OTHER_PERCENT);
    assertThat(
            claims("Debt will rise to 45.5 percent of GDP next year.", "2024-09-01").get(0).kind())
        .isEqualTo(ClaimKind.OTHER_PERCENT);
    assertThat(claims("격차는 8.4%P로 벌어졌다.", "2024-09-01").get(0).kind())
        .isEqualTo(ClaimKind.PERCENTAGE_POINTS);
  }

  @Test
  void theRatioARateMovedFromIsOfTheYearNamedNextToIt() {
    List<Claim> c =
        claims(
            "Debt will be 48.3 percent of GDP next year, up from 47.4 percent this year.",
            "2024-08-27");
    assertThat(c)
        .extracting(Claim::fiscalYear)
        .containsExactly(Optional.of(FiscalYear.of(2025)), Optional.of(FiscalYear.of(2024)));
    assertThat(
            claims(
                "Debt falls to 33.3 percent of GDP in 2012 from a projected 35.1 percent in 2011.",
                "2011-12-31"))
        .extracting(Claim::fiscalYear)
        .containsExactly(Optional.of(FiscalYear.of(2012)), Optional.of(FiscalYear.of(2011)));
    // Without a year word next to it, the figure a rate moved from keeps the sentence's year.
    assertThat(claims("Next year the rate rises to 5.1 percent from 4.9 percent.", "2024-08-27"))
        .extracting(Claim::fiscalYear)
        .containsOnly(Optional.of(FiscalYear.of(2025)));
  }

  @Test
  void koreanListItemsToldApartByRelativeYearsKeepTheirSubjectAndTakeTheirYear() {
    List<Claim> c = claims("나라빚은 올해 900조 원(추경 기준 910조 원), 내년 1000조 원으로 늘어난다.", "2025-08-29");
    assertThat(c)
        .extracting(x -> x.subject().map(Subject::id).orElse("-"))
        .containsOnly("theme:national_debt");
    assertThat(c)
        .extracting(Claim::fiscalYear)
        .containsExactly(
            Optional.of(FiscalYear.of(2025)),
            Optional.of(FiscalYear.of(2025)),
            Optional.of(FiscalYear.of(2026)));
  }

  @Test
  void koreanChangeWordsAndDeficitsAreToldApart() {
    assertThat(claims("예산은 정부안보다 3000억 원 순 삭감됐다.", "2011-12-31").get(0).kind())
        .isEqualTo(ClaimKind.CHANGE_AMOUNT);
    assertThat(claims("국가채무 50조↑", "2023-12-21").get(0).kind()).isEqualTo(ClaimKind.CHANGE_AMOUNT);
    // 적자 (a deficit) is not 적다 (less): "관리재정수지 80조원 적자" is the balance's level.
    assertThat(claims("관리재정수지 80조원 적자…정부안보다 줄어", "2023-12-21").get(0).kind())
        .isEqualTo(ClaimKind.AMOUNT);
  }

  @Test
  void theStageNamedRightBeforeABaseAmountIsTheBases() {
    List<Claim> c = claims("새해 예산은 정부가 제출한 290조원보다 1조원 늘었다.", "2010-01-05");
    assertThat(c.get(0).stage()).contains(org.yesan.model.Stage.PROPOSAL);
    assertThat(c.get(0).fiscalYear()).contains(FiscalYear.of(2010));
  }

  @Test
  void aBaseAmountComparedWithTakesItsYearAndTheRateKeepsTheBudgetYear() {
    List<Claim> c = claims("내년 예산은 올해 총지출 400조원과 비교해 7.0% 늘어난 것이다. 총지출은 428조원이다.", "2017-12-06");
    assertThat(c.get(0).fiscalYear()).contains(FiscalYear.of(2017));
    assertThat(c.get(1).fiscalYear()).contains(FiscalYear.of(2018));
    assertThat(c.get(2).fiscalYear()).contains(FiscalYear.of(2018));
  }

  @Test
  void aSubjectPastTheChangeVerbAfterAFigureIsNotItsSubject() {
    List<Claim> c = claims("내년 예산안 확정...올해보다 7.1% 증액정부안 대비 복지 1.5조원 감소", "2017-12-06");
    assertThat(c.get(0).subject().map(Subject::id))
        .isNotEqualTo(c.get(1).subject().map(Subject::id));
  }

  @Test
  void dollarsAreLeftAloneWhetherOrNotAWonFigureStandsNextToThem() {
    assertThat(claims("The ministry wants 430 billion U.S. dollars for it.", "2024-09-01"))
        .extracting(Claim::kind)
        .containsExactly(ClaimKind.CONVERSION);
    assertThat(claims("The ministry wants $31.7 billion for it.", "2024-09-01"))
        .extracting(Claim::kind)
        .containsExactly(ClaimKind.CONVERSION);
  }

  @Test
  void theFirstOfAnArrowPairTakesTheSecondsUnitAndOtherBareDecimalsHaveNone() {
    List<Claim> c = claims("ㅇ 총지출은 정부안701.5 → 최종700.2조원으로 줄었다.", "2024-12-10");
    assertThat(c).extracting(Claim::kind).containsExactly(ClaimKind.AMOUNT, ClaimKind.AMOUNT);
    assertThat(c.get(0).figure().value()).isEqualByComparingTo("701500000000000");
    assertThat(c.get(0).stage()).contains(org.yesan.model.Stage.PROPOSAL);
    assertThat(c.get(1).stage()).contains(org.yesan.model.Stage.ENACTED);
    assertThat(claims("◇ 총 지 출 | 601.2 | 622.9 |", "2024-12-10"))
        .extracting(Claim::kind)
        .containsExactly(ClaimKind.NO_UNIT, ClaimKind.NO_UNIT);
    // Dates and versions are not numbers.
    assertThat(claims("2024.12.10 발표, 지침 v2.1", "2024-12-10")).isEmpty();
  }

  @Test
  void aProjectionsYearIsNotCarriedToTheNextSentence() {
    List<Claim> c = claims("2028년에는 국가채무가 1500조원에 이른다. 총수입은 500조원이다.", "2024-09-01");
    assertThat(c.get(0).fiscalYear()).contains(FiscalYear.of(2028));
    assertThat(c.get(1).fiscalYear()).contains(FiscalYear.of(2025));
  }

  @Test
  void aRatesLevelsFromOneToAnotherAreNotGrowth() {
    assertThat(claims("비율은 3.1%에서 3.4%로 오른다.", "2024-09-01"))
        .extracting(Claim::kind)
        .containsExactly(ClaimKind.OTHER_PERCENT, ClaimKind.OTHER_PERCENT);
    assertThat(claims("The rate rises from 3.1 percent to 3.4 percent.", "2024-09-01"))
        .extracting(Claim::kind)
        .containsExactly(ClaimKind.OTHER_PERCENT, ClaimKind.OTHER_PERCENT);
    assertThat(claims("Revenue rises 7.2 percent to 500 trillion won.", "2024-09-01").get(0).kind())
        .isEqualTo(ClaimKind.GROWTH_RATE);
  }
}
