package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verdicts on sentences written for these tests, against the bundled data: the scope of a year, a
 * stage or a subject that a sentence gives its figures, where a wider reading once accused a
 * correct figure or checked one against the wrong base.
 */
class SentenceScopeVerdictsTest {

  private static List<CheckedClaim> check(String text, String date) {
    return SharedStores.checkHeadline(text, date);
  }

  private static CheckedClaim claim(List<CheckedClaim> claims, String text) {
    return claims.stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void digitsInsideAnAmountAreNotAYearAndAChangeFromTheProposalIsOfThePassedBudget() {
    // 2021: proposal 555.8, enacted 558.0; 558.0 − 555.8 = 2.2 trillion won, 0.40%.
    List<CheckedClaim> c =
        check(
            "국회가 확정한 2021년도 총지출은 558조원이다.\n\n이는 정부가 낸 예산안보다 0.4%, 2조2000억 원 많은 규모다.", "2020-12-03");
    for (String figure : List.of("0.4%", "2조2000억 원")) {
      CheckedClaim x = claim(c, figure);
      assertThat(x.fiscalYear()).as(figure).contains(2021);
      assertThat(x.stage()).as(figure).contains("enacted");
      assertThat(x.verdict()).as(figure).isEqualTo(Verdict.SUPPORTED);
    }
  }

  @Test
  void aYearFollowedByASinceWordIsAPointOfComparison() {
    List<CheckedClaim> c =
        check(
            "2021년도 예산 총지출은 558조원이다.\n\n정부안보다 2조2000억 원 늘었는데, 국회가 정부안을 늘린 것은 2010년 예산 이후"
                + " 처음이다.",
            "2020-12-03");
    CheckedClaim change = claim(c, "2조2000억 원");
    assertThat(change.fiscalYear()).contains(2021);
    assertThat(change.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aSupplementaryIncludedInTheBaseIsTheBasesStage() {
    // The data hold no 2016 total after its supplementary, so the rate cannot be checked; against
    // the 2016 main budget (386.4) the 2017 budget grew 3.7%, which is not what the text compares.
    CheckedClaim c = check("내년 예산은 올해 추가경정예산(추경)을 포함한 총지출에 비해 1.3% 늘어난 수준이다.", "2016-12-03").get(0);
    assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.reading()).contains("vs 2016 latest_supplementary");
  }

  @Test
  void aBandOfEconomicGrowthIsNotBudgetGrowth() {
    // 2026 proposal 728.0 over 2025 enacted 673.3: 8.12%.
    List<CheckedClaim> c = check("내년 0%대 저성장을 벗어나려고 총지출을 8.1% 늘린 728조원으로 편성했다.", "2025-08-29");
    assertThat(claim(c, "0%").verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(claim(c, "0%").subject()).isEqualTo("not_budget:growth_band");
    assertThat(claim(c, "8.1%").verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(claim(c, "728조원").verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aYearWordPastAnotherFigureDoesNotMakeAFigureFalse() {
    // 513.5 is the 2020 proposal; the 올해 after the share speaks of another figure, so the first
    // reading (2019) is not an accusation, and the second finds the year the text's date makes
    // next.
    CheckedClaim c =
        claim(
            check("이는 정부 전체 예산(513조5000억원)의 16.1%로, 올해 처음 15%를 넘은 데 이어 16%도 넘었다.", "2019-08-29"),
            "513조5000억원");
    assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.fiscalYear()).contains(2020);
    assertThat(c.stage()).contains("proposal");
    assertThat(c.reading())
        .contains("read again: FY2020 fits, first read as FY2019")
        .contains("past another figure");
  }

  @Test
  void aBudgetFigureFarFromTheWholeBudgetIsAnotherBasisNotAWrongTotal() {
    // 2008 proposal total expenditure 257.3; 152.3 is the general account's basis.
    CheckedClaim budget = check("2008년도 예산안은 152조3038억원 규모다.", "2007-12-31").get(0);
    assertThat(budget.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(budget.explanation()).contains("Not called false").contains("something else");
    // Named as 총지출, the measure the data hold, the same figure is an accusation.
    CheckedClaim total = check("2008년도 예산안 총지출은 152조3038억원 규모다.", "2007-12-31").get(0);
    assertThat(total.verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void anotherStagesFigureUnderALooseStageWordIsNotAnAccusation() {
    // 2010: proposal 291.8, enacted 292.8159; the passing word stands beside the proposal's figure.
    CheckedClaim c =
        check("Parliament passed the 2010 budget of 291.8 trillion won.", "2009-12-31").get(0);
    assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation()).contains("another stage's of the same year");
  }

  @Test
  void aChangeBesideAnItemsLevelIsTheItemsChange() {
    // The 2020 total grew 43.9 trillion won; a level of 13.2 trillion says the 1.7 is an item's.
    CheckedClaim c =
        claim(check("기초연금 지급이 늘어 내년 예산이 1조6813억원 증액된 13조1765억원으로 잡혔다.", "2019-08-29"), "1조6813억원");
    assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation()).contains("probably that item's");
  }

  @Test
  void wireHeadlineUnitsAreRead() {
    CheckedClaim c = check("Parliament passes 512.3 tln-won budget for 2020", "2019-12-10").get(0);
    assertThat(c.text()).isEqualTo("512.3 tln-won");
    assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aNamedRoundNotSaidToHavePassedIsReadAsProposed() {
    // 2021 2nd supplementary: 33.0 proposed, 34.9 passed.
    CheckedClaim planned =
        check(
                "The government will put forward a 2nd supplementary budget of 33 trillion won this year.",
                "2021-07-01")
            .get(0);
    assertThat(planned.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(planned.rows())
        .extracting(DataRow::stage)
        .containsExactly("supplementary_2_proposal");
    CheckedClaim passed =
        check(
                "Parliament passed a 2nd supplementary budget of 33 trillion won this year.",
                "2021-07-25")
            .get(0);
    assertThat(passed.verdict()).isNotEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aSupplementaryWordRightAfterAFigureIsThatFiguresStage() {
    // 2021 supplementaries: the 1st passed at 14.9; the 2nd proposed at 33.0 (passed at 34.9).
    List<CheckedClaim> c =
        check(
            "Spending this year has swelled with the first extra budget worth 14.9 trillion won"
                + " and the new 33-trillion won extra budget.",
            "2021-07-01");
    assertThat(claim(c, "14.9 trillion won").verdict()).isEqualTo(Verdict.SUPPORTED);
    CheckedClaim second = claim(c, "33-trillion won");
    assertThat(second.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(second.rows())
        .extracting(DataRow::stage)
        .containsExactly("supplementary_2_proposal");
  }

  @Test
  void howASupplementaryPassedIsNotTheStageOfTheYearsOtherFigures() {
    // 2010 proposal 291.8; the 2009 budget after its supplementary, 301.8.
    CheckedClaim next =
        check(
                "The 2010 budget is set at 291.8 trillion won, against 301.8 trillion won this year,"
                    + " which counts a 17.3 trillion won supplementary budget passed in April.",
                "2009-09-29")
            .get(0);
    assertThat(next.stage()).contains("proposal");
    assertThat(next.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aSupplementarysSizeNotSaidToHavePassedMayBeTheProposedRound() {
    // 2009 1st supplementary: 28.9 proposed, 28.4 passed; 본예산 here names what the size adds to.
    CheckedClaim size =
        check(
                "정부가 추가경정예산안을 내놓았다.\n\n일자리 지원 17조7000억원, 본예산에 잡힌 사업을 받칠 몫 11조2000억원 등 모두"
                    + " 28조9000억원 규모로 편성됐다.",
                "2009-03-24")
            .get(2);
    assertThat(size.text()).isEqualTo("28조9000억원");
    assertThat(size.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(size.rows()).extracting(DataRow::stage).containsExactly("supplementary_1_proposal");
  }

  @Test
  void aYearWordRightAfterAnotherFigureIsThatFiguresAndTheFirstTakesTheTextsYear() {
    // 2026 proposal 728.0; 2022 enacted 607.7.
    List<CheckedClaim> c =
        check(
            "The budget will surpass the 700 trillion won mark, four years after it crossed 600"
                + " trillion won in 2022.",
            "2025-08-29");
    assertThat(c.get(0).fiscalYear()).contains(2026);
    assertThat(c.get(0).verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.get(1).fiscalYear()).contains(2022);
    // The year so taken is not read with confidence: a figure of another subject is not accused.
    CheckedClaim abroad =
        check(
                "China keeps raising defense spending 7.2 percent a year, while Japan raised its"
                    + " defense budget by 26 percent last year.",
                "2024-08-27")
            .get(0);
    assertThat(abroad.verdict()).isNotEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void aChangeBetweenTwoStatedEndsTheDataHoldIsTheChangeBetweenThem() {
    // 2025 total expenditure: 1st supplementary 687.1, 2nd 703.3 (16.2 between them; 16.7 over the
    // 2024 enacted budget). Managed balance: 2023 enacted -58.2, 2024 proposal -92.0.
    CheckedClaim rounds =
        check("총지출은 1차 추경 687조1000억원에서 2차 추경 703조3000억원으로 16조2000억원 증가했다.", "2025-07-04").get(2);
    assertThat(rounds.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(rounds.rows())
        .extracting(DataRow::stage)
        .containsExactly("supplementary_2", "supplementary_1");
    CheckedClaim deficit = check("관리재정수지 적자는 58조2천억원에서 92조원으로 33조8천억원 늘어났다.", "2023-08-29").get(2);
    assertThat(deficit.verdict()).isEqualTo(Verdict.SUPPORTED);
    // Ends that do not give the stated change leave it to the usual check.
    CheckedClaim off =
        check("총지출은 1차 추경 687조1000억원에서 2차 추경 703조3000억원으로 18조원 증가했다.", "2025-07-04").get(2);
    assertThat(off.verdict()).isNotEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aChangeInPointsBetweenTwoHeldRatiosIsTheirDifference() {
    // National debt to GDP: 2025 enacted 48.1%, 2026 proposal 51.6%: 3.5 points.
    List<CheckedClaim> c = check("GDP 대비 국가채무 비율은 올해 48.1%에서 내년 51.6%로 3.5%포인트 오른다.", "2025-08-29");
    assertThat(c.get(2).verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.get(2).rows()).extracting(DataRow::fiscalYear).containsExactly(2026, 2025);
    List<CheckedClaim> off =
        check("GDP 대비 국가채무 비율은 올해 48.1%에서 내년 51.6%로 4.5%포인트 오른다.", "2025-08-29");
    assertThat(off.get(2).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(off.get(2).explanation()).contains("checked only between two ends");
  }

  @Test
  void eachClauseNamesItsOwnFiguresStage() {
    // 2021 total revenue: proposal 483.0, enacted 482.6.
    List<CheckedClaim> c = check("정부안 총수입은 483조 원이었는데 국회에서 확정된 총수입은 482조6000억 원이다.", "2020-12-03");
    assertThat(claim(c, "483조 원").stage()).contains("proposal");
    assertThat(claim(c, "482조6000억 원").stage()).contains("enacted");
    assertThat(c).allMatch(x -> x.verdict() == Verdict.SUPPORTED, "all supported");
  }

  @Test
  void aStageWordBeforeItsBudgetWordIsItsFiguresOwn() {
    // 2025 national debt: enacted 1273.3, after the 2nd supplementary 1301.9.
    List<CheckedClaim> c = check("국가채무는 올해 1273조3000억 원(추경예산 1301조9000억 원)으로 늘어난다.", "2025-08-29");
    assertThat(claim(c, "1273조3000억 원").stage()).contains("enacted");
    assertThat(c).allMatch(x -> x.verdict() == Verdict.SUPPORTED, "all supported");
  }

  @Test
  void twoComparisonsInTwoClausesEachKeepTheirBase() {
    // 2017: proposal 400.7, enacted 400.5; 2016 enacted 386.4, so +3.7% and +14.1 trillion won.
    List<CheckedClaim> c =
        check(
            "국회는 예산안 수정안을 통과시켰다. 400조 5,459억원의 새해 예산은 정부가 제출한 예산안(400조 6,964억원)보다 1,505억원"
                + " 적지만 올해 예산보다는 3.7%(14조 1,000억원) 많다.",
            "2016-12-03");
    assertThat(claim(c, "400조 6,964억원").fiscalYear()).contains(2017);
    assertThat(c).allMatch(x -> x.verdict() == Verdict.SUPPORTED, "all supported");
  }

  @Test
  void aHeadlineThatPassesABudgetBillNamesThePassedBudget() {
    // 2020: proposal 513.5, enacted 512.3.
    CheckedClaim c =
        check("Assembly passes 512.3 trillion won budget bill for 2020", "2019-12-10").get(0);
    assertThat(c.stage()).contains("enacted");
    assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aRatioToGdpNamedBeforeItsSubjectIsChecked() {
    // The 2026 proposal's managed balance: -4.0% of GDP.
    CheckedClaim c = check("정부안대로라면 GDP 대비 관리재정수지 적자 폭은 2026년 4.0%로 커진다.", "2025-08-29").get(0);
    assertThat(c.subject()).isEqualTo("theme:managed_fiscal_balance_to_gdp");
    assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void sectorsUnderTheirPlainEnglishNames() {
    // 2024 proposal: public order and safety 24.3 (the data), industry 27.2.
    List<CheckedClaim> c =
        check(
            "Next year's plan sets aside 24.3 trillion won for public safety and 27.2 trillion won"
                + " for industrial sectors.",
            "2023-08-29");
    assertThat(c)
        .extracting(CheckedClaim::subject)
        .containsExactly("sector:public_order_safety", "sector:industry_sme_energy");
  }

  @Test
  void anAmountCutInAPassedBudgetIsTheCutFromTheProposal() {
    // 2025: proposal 677.4, enacted 673.3.
    CheckedClaim c =
        check(
                "The Assembly passed next year's budget on Tuesday, cutting 4.1 trillion won.",
                "2024-12-10")
            .get(0);
    assertThat(c.kind()).isEqualTo("change_amount");
    assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aSentenceThatNamesNoSubjectContinuesTheOneBeforeButAccusesNothing() {
    // 2019: proposal 470.5, enacted 469.6.
    String passed = "2019년 예산안이 국회에서 469조6000억원으로 확정됐다.\n\n";
    CheckedClaim right =
        claim(
            check(passed + "지난 8월 말 정부가 국회에 낸 470조5000억원에서 9000억원이 줄었다.", "2018-12-09"),
            "470조5000억원");
    assertThat(right.reading()).contains("(previous sentence)");
    assertThat(right.stage()).contains("proposal");
    assertThat(right.verdict()).isEqualTo(Verdict.SUPPORTED);
    CheckedClaim wrong =
        claim(check(passed + "지난 8월 말 정부가 국회에 낸 480조원에서 9000억원이 줄었다.", "2018-12-09"), "480조원");
    assertThat(wrong.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(wrong.explanation()).contains("the subject was taken from an earlier sentence");
  }

  @Test
  void aStageWordQualifiedByAnotherYearIsNotTheStageOfTheSentencesFigure() {
    // Managed fiscal balance: 2010 proposal -32.0, 2010 enacted -30.1, 2009 enacted -24.8.
    List<CheckedClaim> c =
        check(
            "The fiscal deficit is put at 32 trillion won, more than the 24.8 trillion won of this"
                + " year's main budget.",
            "2009-09-29");
    CheckedClaim next = claim(c, "32 trillion won");
    assertThat(next.fiscalYear()).contains(2010);
    assertThat(next.stage()).contains("proposal");
    assertThat(next.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void revenueAndSpendingWrittenWithASpaceKeepTheirOwnSubjects() {
    // 2011: revenue proposal 314.6, enacted 314.4; spending proposal 309.6, enacted 309.0567.
    List<CheckedClaim> c =
        check(
            "확정된 내년 예산은 총 수입이 정부안(314조 6000억원)에서 314조 4000억원으로, 총 지출은 정부안(309조"
                + " 5518억원)에서 309조 567억원으로 줄었다.",
            "2010-12-08");
    for (String figure : List.of("314조 6000억원", "314조 4000억원")) {
      CheckedClaim x = claim(c, figure);
      assertThat(x.reading()).as(figure).contains("total revenue");
      assertThat(x.verdict()).as(figure).isEqualTo(Verdict.SUPPORTED);
    }
    assertThat(claim(c, "309조 567억원").verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void anAdditionSaidToHaveGrownAfterACutIsTheAssemblysGrossAddition() {
    // 2021 as passed: the Assembly cut 5.3 and added 7.5 trillion won to the proposal.
    List<CheckedClaim> c =
        check("국회 심사에서 정부안 가운데 5조3000억원이 감액됐고 다른 사업은 7조5000억원 늘어났다.", "2020-12-03");
    CheckedClaim added = claim(c, "7조5000억원");
    assertThat(added.reading()).contains("gross additions");
    assertThat(added.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void nextYearsProposalInATextDatedBeforeAugustIsNotAccused() {
    // The 2020 proposal (513.5) was drawn up at the end of August 2019; in June only the
    // ministries' requests existed.
    String sentence = "The budget proposal for next year amounts to 498.7 trillion won.";
    CheckedClaim june = check(sentence, "2019-06-14").get(0);
    assertThat(june.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(june.explanation()).contains("had not yet drawn up its 2020 proposal");
    assertThat(june.explanationKo()).contains("아직 정부안이 마련되지 않았으므로");
    assertThat(check(sentence, "2019-09-02").get(0).verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void aFigureInBracketsAfterAYearsStageWordIsOfThatYear() {
    // 2022 enacted 607.7, 2023 proposal 639.0.
    CheckedClaim base =
        claim(
            check(
                "Next year's budget is set at 639 trillion won, 5.2% above this year's main budget"
                    + " (607.7 trillion won).",
                "2022-08-30"),
            "607.7 trillion won");
    assertThat(base.fiscalYear()).contains(2022);
    assertThat(base.stage()).contains("enacted");
    assertThat(base.verdict()).isEqualTo(Verdict.SUPPORTED);
  }
}
