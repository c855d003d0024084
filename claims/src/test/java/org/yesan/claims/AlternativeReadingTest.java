package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second reading of an amount the first left unverifiable, on sentences written for these tests
 * against the bundled data: what it may change, and what it must leave alone.
 */
class AlternativeReadingTest {

  private static CheckedClaim claim(String text, String date, String figure) {
    List<CheckedClaim> claims = SharedStores.checkHeadline(text, date);
    return claims.stream().filter(c -> c.text().equals(figure)).findFirst().orElseThrow();
  }

  @Test
  void aCarriedOverYearGivesWayToTheYearTheFigureFits() {
    // National debt: 2016 enacted 644.9, 2017 enacted 682.4 (the data); the sentence names no year,
    // so the first reading carries the 올해 (2016) of the sentence before.
    CheckedClaim c =
        claim("올해 총지출은 386조4000억원이다.\n\n국가채무는 682조4000억원으로 늘어난다.", "2016-12-03", "682조4000억원");
    assertThat(c.verdict()).as(c.reading() + " — " + c.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.fiscalYear()).contains(2017);
    assertThat(c.reading()).contains("read again: FY2017 fits, first read as FY2016");
    assertThat(c.explanation()).contains("The first reading was uncertain");
    assertThat(c.explanationKo()).contains("2017년").contains("682.4조원").contains("다시 읽었습니다");
  }

  @Test
  void aRatioToGdpIsReadAgainByItsOwnCheck() {
    // The debt's ratio to GDP: 2025 enacted 48.1, 2026 proposal 51.6; the second sentence names no
    // year, so the first reading carries 2025 from the first.
    List<CheckedClaim> c =
        SharedStores.checkHeadline(
            "올해 국가채무는 GDP 대비 48.1%다.\n\n정부안대로면 국가채무는 GDP 대비 51.6%로 오른다.", "2025-08-29");
    CheckedClaim x = c.stream().filter(y -> y.text().equals("51.6%")).findFirst().orElseThrow();
    assertThat(x.verdict()).as(x.reading() + " — " + x.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(x.subject()).isEqualTo("theme:national_debt_to_gdp");
    assertThat(x.fiscalYear()).contains(2026);
    assertThat(x.reading()).contains("read again: FY2026 fits");
    assertThat(x.explanation()).contains("% of GDP").contains("read again");
  }

  @Test
  void aFigureWrittenTooCoarselyToTellIsLeftUnverifiable() {
    // 12.2 trillion won (step 0.1, 0.8% of the figure) could fit too many figures of other years.
    CheckedClaim c = claim("올해 예산이 확정됐다.\n\n국가채무는 12.2조원 늘어난 규모다 12.2조원.", "2016-12-03", "12.2조원");
    assertThat(c.verdict()).isNotEqualTo(Verdict.SUPPORTED);
    assertThat(c.reading()).doesNotContain("read again");
  }

  @Test
  void aYearWrittenNextToTheFigureIsNotReadAgain() {
    // 2016 enacted debt is 644.9; 682.4 is 2017's, but the sentence says 2016 itself.
    CheckedClaim c = claim("2016년 국가채무는 682조4000억원이다.", "2016-12-03", "682조4000억원");
    assertThat(c.fiscalYear()).contains(2016);
    assertThat(c.reading()).doesNotContain("read again");
    assertThat(c.verdict()).isNotEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void eitherFigureMustLieWithinTheOthersRounding() {
    // The text's year is 2022, whose second supplementary was 62.0 trillion won; 2021's was 34.9 as
    // passed. 34.9 fits it; 35.0 only touches its rounding interval at 34.95, which the first
    // check's allowance for cut-off figures would have let through.
    String text = "올해 예산이 확정됐다.\n\n2차 추경 규모는 %s이었다.";
    CheckedClaim fits = claim(text.formatted("34.9조원"), "2022-01-03", "34.9조원");
    assertThat(fits.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(fits.reading()).contains("read again: FY2021 fits");
    CheckedClaim touches = claim(text.formatted("35.0조원"), "2022-01-03", "35.0조원");
    assertThat(touches.reading()).doesNotContain("read again");
    assertThat(touches.verdict()).isNotEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aDoubtAboutTheSubjectsBasisIsNotSettledByAnotherStage() {
    // The 2026 defence sector: proposal 66.3, enacted 65.9. "The defense budget" usually means the
    // ministry's, on another basis than the sector's, so 66.3 fitting the sector's proposal says
    // nothing about which was meant; a ministry the data do not hold has no second reading either.
    for (String said :
        List.of(
            "This year the defense budget is 66.3 trillion won.",
            "This year the defense ministry's budget is 66.3 trillion won.")) {
      CheckedClaim c = claim(said, "2026-03-04", "66.3 trillion won");
      assertThat(c.reading()).as(said).doesNotContain("read again");
      assertThat(c.verdict()).as(said).isEqualTo(Verdict.UNVERIFIABLE);
    }
    CheckedClaim sector =
        claim(
            "This year the defense sector's budget is 66.3 trillion won.",
            "2026-03-04",
            "66.3 trillion won");
    assertThat(sector.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(sector.stage()).contains("proposal");
    assertThat(sector.reading()).contains("read again: proposal fits");
  }

  @Test
  void aFigureCalledFalseOnAnUncertainYearIsSupportedOnTheYearItFits() {
    // 2022 after its 2nd supplementary 679.5 (the data); the first reading takes the amount for a
    // base of the year before (2021, whose 2nd supplementary is 604.9) and would call it false.
    CheckedClaim c =
        claim(
            "정부는 내년 예산안을 639조원으로 편성했다. 올해 2차 추경을 포함한 총지출 679조5000억원보다 감액한 것이다.",
            "2022-08-30",
            "679조5000억원");
    assertThat(c.verdict()).as(c.reading() + " — " + c.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.fiscalYear()).contains(2022);
  }

  @Test
  void aFigureThatIsExactlyAnotherYearsIsNotAnAccusation() {
    // 284.5 is the 2009 budget as passed; read with the sentence's "next year" (2010, proposal
    // 291.8, enacted 292.8) it would be false, but the text also speaks of this year.
    List<CheckedClaim> all =
        SharedStores.checkHeadline(
            "Next year's budget bill of 292.8 trillion won, this year's budget of 284.5 trillion"
                + " won, was passed.",
            "2009-12-31");
    CheckedClaim c =
        all.stream().filter(x -> x.text().equals("284.5 trillion won")).findFirst().orElseThrow();
    assertThat(c.verdict())
        .as(c.reading() + " — " + c.explanation())
        .isNotEqualTo(Verdict.CONTRADICTED);
    if (c.verdict() == Verdict.UNVERIFIABLE) {
      assertThat(c.explanation()).contains("the data's figure for 2009 enacted");
      assertThat(c.explanationKo()).contains("다른 연도·단계의 자료 수치와 똑같아");
    }
  }

  @Test
  void anAverageGrowthRateIsNotCheckedAsOneYearsRate() {
    // 2023 proposal 639.0 against 2022 enacted 607.7 is 5.15%; 8.7% is said to be an average.
    List<CheckedClaim> all =
        SharedStores.checkHeadline(
            "The 2023 budget grows 5.2%, well under the average growth rate (8.7%) of the five"
                + " budgets before it.",
            "2022-10-26");
    CheckedClaim c = all.stream().filter(x -> x.text().equals("8.7%")).findFirst().orElseThrow();
    assertThat(c.verdict())
        .as(c.reading() + " — " + c.explanation())
        .isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation()).contains("an average over several years");
    assertThat(c.explanationKo()).contains("평균 증가율");
  }

  @Test
  void aLooseStageWordGivesWayToTheMainBudgetStageTheFigureFits() {
    // 2010: proposal 291.8, enacted 292.8159. "The budget bill" is the bill before and after the
    // vote; 292.8 is the budget as passed.
    CheckedClaim c =
        claim(
            "The 2010 budget bill totals 292.8 trillion won.", "2009-12-31", "292.8 trillion won");
    assertThat(c.verdict()).as(c.reading() + " — " + c.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.stage()).contains("enacted");
  }

  @Test
  void aStrongStageWordIsNotReadAgain() {
    // 291.8 is the 2010 proposal; the sentence says the Assembly passed it.
    CheckedClaim c = claim("국회는 2010년 예산 291조8000억원을 통과시켰다.", "2009-12-31", "291조8000억원");
    assertThat(c.verdict())
        .as(c.reading() + " — " + c.explanation())
        .isNotEqualTo(Verdict.SUPPORTED);
    assertThat(c.reading()).doesNotContain("read again");
  }

  @Test
  void aCoarseFigureIsReadAgainOnlyAsTheOneStageOfItsYearItFits() {
    // 2022 supplementary sizes: 1st proposed 14.0, passed 16.9; 2nd proposed 59.4, passed 62.0.
    // "14조원" (to the 조, 7%) cannot tell years apart, but only one 2022 stage fits it.
    CheckedClaim c = claim("올해 추경 규모는 14조원이다.", "2022-02-10", "14조원");
    assertThat(c.verdict()).as(c.reading() + " — " + c.explanation()).isEqualTo(Verdict.SUPPORTED);
    // The size is found as the round as proposed, whether on the first reading or on another.
    assertThat(c.rows()).extracting(DataRow::stage).containsExactly("supplementary_1_proposal");
    assertThat(c.fiscalYear()).contains(2022);
  }

  @Test
  void theGovernmentAsTheSubjectOfSubmittingIsNotAMinistrysItem() {
    // 2019: proposal 470.5, enacted 469.6. "정부가 제출한" names who submitted the proposal; 정부가 is
    // not a ministry (국방부가) whose own budget the figure would be.
    CheckedClaim c =
        claim(
            "내년도 예산은 469조6000억원으로 확정됐다. 이는 정부가 국회에 제출한 470조5000억원보다 적은 규모다.",
            "2018-12-08",
            "470조5000억원");
    assertThat(c.verdict()).as(c.reading() + " — " + c.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.explanation()).doesNotContain("an item inside the budget");
    assertThat(c.fiscalYear()).contains(2019);
    assertThat(c.stage()).contains("proposal");
  }
}
