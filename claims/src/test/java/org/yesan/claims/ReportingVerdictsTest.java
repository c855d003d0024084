package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verdicts on sentences written for these tests, against the bundled data: readings that once
 * called a correct figure false or a text inconsistent.
 */
class ReportingVerdictsTest {

  private static List<CheckedClaim> check(String text, String date) {
    return SharedStores.checkHeadline(text, date);
  }

  @Test
  void revenuesAndExpendituresNameTheTotals() {
    // 2021 total revenue: proposal 483.0, enacted 482.6; 2026 proposal total expenditure 728.0.
    List<CheckedClaim> revenue =
        check(
            "The 2021 revenues are revised from 483.0 trillion won to 482.6 trillion won.",
            "2020-12-02");
    assertThat(revenue).allMatch(x -> x.verdict() == Verdict.SUPPORTED, "all supported");
    assertThat(revenue.get(0).reading()).contains("total revenue");
    CheckedClaim spending =
        check("Expenditures will reach 728 trillion won next year.", "2025-08-29").get(0);
    assertThat(spending.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(spending.reading()).contains("total expenditure");
  }

  @Test
  void theGovernmentsProposalNamesTheBudgetOrTheSupplementaryJustNamed() {
    // 2019: proposal 470.5, enacted 469.6 (9.51% over 2018's 428.8; 0.19% under the proposal).
    assertThat(check("정부가 제출한 정부안(470조5016억원)은 국회에서 깎였다.", "2018-12-08").get(0).verdict())
        .isEqualTo(Verdict.SUPPORTED);
    List<CheckedClaim> arrows = check("올해보다 예산 9.5%↑, 정부안보다 0.2%↓", "2018-12-08");
    assertThat(arrows).hasSize(2).allMatch(x -> x.verdict() == Verdict.SUPPORTED, "all supported");
    // 2020 3rd supplementary: proposed at 35.3조.
    CheckedClaim size = check("3차 추경은 정부안인 35조3000억원보다 2000억원 줄었다.", "2020-07-04").get(0);
    assertThat(size.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(size.rows()).extracting(DataRow::stage).containsExactly("supplementary_3_proposal");
  }

  @Test
  void publicWorksAreTheSocSectorAndTheDeficitsSizeIsTheBalance() {
    // 2019 proposal: SOC 18.5조. 2024 proposal: managed fiscal balance -92.0조.
    CheckedClaim soc = check("Public works get 18.5 trillion won next year.", "2018-08-28").get(0);
    assertThat(soc.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(soc.reading()).contains("SOC");
    CheckedClaim deficit = check("내년 적자 규모는 92조원으로 늘어난다.", "2023-08-29").get(0);
    assertThat(deficit.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void theMinistriesRequestsAndTheCommitteesChangesAreNotAccused() {
    // 2021 proposal: 555.8조. The ministries asked for 542.9조 in June; a text about that request
    // does not state the proposal. The same figure said of the proposal is false.
    CheckedClaim request =
        check("각 부처가 낸 내년 예산 요구액은 542조9000억원이다.\n\n예산 요구 규모는 올해보다 6.0% 늘었다.", "2020-06-12").get(0);
    assertThat(request.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(request.explanation()).contains("the ministries' budget requests");
    assertThat(check("정부가 낸 내년 예산안은 542조9000억원이다.", "2020-09-01").get(0).verdict())
        .isEqualTo(Verdict.CONTRADICTED);
    // 2009: the standing committees' additions are not the budget's change over 2008.
    CheckedClaim committees =
        check(
                "Parliamentary committees have raised next year's national budget by about 10"
                    + " trillion won.",
                "2008-11-30")
            .get(0);
    assertThat(committees.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
  }

  @Test
  void anAmountAfterAnInclusionWordIsAPartOfTheOneBeforeIt() {
    // The 2019 defence sector as proposed: 46.7조. The 31.3조 it includes is a line item.
    List<CheckedClaim> c =
        check(
            "Defense spending in 2019 rises to 46.7 trillion won, which includes 31.3 trillion won"
                + " to run the armed forces.",
            "2018-08-28");
    assertThat(c.get(0).verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.get(1).text()).isEqualTo("31.3 trillion won");
    assertThat(c.get(1).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.get(1).explanation()).contains("a part of that amount");
  }

  @Test
  void aRateLeadingToAnotherLevelIsThatLevelsRate() {
    // 2009 proposal 273.8조 on the 2008 enacted 256.17조: 6.88%. A rate that leads to 209.2조
    // (the budget accounts without funds) is that measure's rate, not a false one; a rate that
    // leads to the data's own level is still checked and accused.
    CheckedClaim other = check("내년 예산안은 올해보다 7.2% 늘어난 209조2000억원이다.", "2008-09-30").get(0);
    assertThat(other.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(other.explanation()).contains("the rate of something else");
    CheckedClaim same = check("내년 예산안은 올해보다 9.9% 늘어난 273조8000억원이다.", "2008-09-30").get(0);
    assertThat(same.verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void aBudgetSettledBeforeNovemberIsTheCabinetsProposal() {
    // The 2015 proposal was 376.0조 (+20.2조, 5.68% on the 2014 enacted 355.8조); in September only
    // the cabinet can have settled it. In December the same word is the Assembly's.
    List<CheckedClaim> c = check("정부가 내년 예산을 올해보다 20조2000억원(5.7%) 늘린 376조원으로 확정했다.", "2014-09-18");
    assertThat(c).hasSize(3).allMatch(x -> x.verdict() == Verdict.SUPPORTED, "all supported");
    assertThat(c.get(0).stage()).contains("proposal");
    CheckedClaim december = check("내년 예산 375.4조원 확정", "2014-12-03").get(0);
    assertThat(december.stage()).contains("enacted");
    assertThat(december.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aboutWidensAFigureByAtMostOneStepOfItsPrecision() {
    // 375.4 over the 2014 enacted 355.8 is 5.51%, which the data's rounding allows from 5.48% to
    // 5.54%; "about 5.7 percent" may stand for 5.6-5.8, not 5.53 (3% of 5.7) as it did. The 2015
    // proposal's growth was 5.7%, so the rate is not called false either.
    List<CheckedClaim> c =
        check(
            "The 2015 budget is 375.4 trillion won, an increase of about 5.7 percent from last"
                + " year.",
            "2014-12-02");
    CheckedClaim rate =
        c.stream().filter(x -> x.kind().equals("growth_rate")).findFirst().orElseThrow();
    assertThat(rate.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    // A whole number's trailing zeros are its precision: 728 is "about 730", 604.4 "약 600".
    assertThat(
            check("The 2026 budget proposal is about 730 trillion won.", "2025-09-01")
                .get(0)
                .verdict())
        .isEqualTo(Verdict.SUPPORTED);
    assertThat(check("2022년 예산안은 약 600조원이다.", "2021-09-01").get(0).verdict())
        .isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aFigureForAYearBeyondNextIsAProjection() {
    // The 2023 proposal grew 5.15% (639.0 over 607.7); a 2021 text's forecast is not checked
    // against it.
    CheckedClaim c = check("Total spending is set to grow 9 percent in 2023.", "2021-09-02").get(0);
    assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation()).contains("projection");
  }

  @Test
  void aRateAndTheChangeInItsBracketsAreBothChecked() {
    // 673.3 − 656.6 = 16.7 trillion won; 673.3 / 656.6 − 1 = 2.54%.
    List<CheckedClaim> c =
        check(
            "The 2025 budget passed at 673.3 trillion won, 2.5% (16.7 trillion won) more than the"
                + " 2024 budget.",
            "2024-12-11");
    assertThat(c).extracting(CheckedClaim::kind).contains("growth_rate", "change_amount");
    assertThat(c).allMatch(x -> x.verdict() == Verdict.SUPPORTED, "all supported");
  }

  @Test
  void aSmallAmountBesideABaseIsNotTheLevelOfItsRate() {
    // 512.3 / 469.6 − 1 = 9.09%: the rate is right; 5조원 is not the 2020 total.
    List<CheckedClaim> c = check("2020년 예산 중 5조원은 2019년 예산 469.6조원보다 9.1% 많다.", "2020-01-10");
    CheckedClaim rate =
        c.stream().filter(x -> x.kind().equals("growth_rate")).findFirst().orElseThrow();
    assertThat(rate.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aSectorWordRightBeforeASmallFigureIsNotTheSector() {
    // The 2026 enacted R&D sector is 35.5 trillion won; 6000억원 is an item inside it.
    CheckedClaim c = check("2026년 AI 연구개발 예산 6000억원이 확정됐다.", "2026-01-10").get(0);
    assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
  }

  @Test
  void theAssemblysChangeToAnUnnamedBaseIsNotAnAccusation() {
    // 512.3 − 513.5 = −1.2 trillion won net; a gross cut of 3 trillion is not false.
    CheckedClaim c = check("2020년 예산은 국회에서 3조원 깎였다.", "2019-12-20").get(0);
    assertThat(c.kind()).isEqualTo("change_amount");
    assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation()).contains("implied");
  }

  @Test
  void aWholeBudgetThatDoublesOrAChangeUnderOnePercentIsAnItems() {
    // 2020 enacted over 2019 enacted is 512.3 / 469.6 = 1.09, not 2.
    CheckedClaim doubled = check("2020년 예산은 작년의 2배로 늘었다.", "2020-01-10").get(0);
    assertThat(doubled.kind()).isEqualTo("multiple");
    assertThat(doubled.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(doubled.explanation()).contains("does not grow that much");
    // 512.3 − 469.6 = 42.7 trillion won; 3000억원 is under 1% of 512.3 trillion.
    CheckedClaim small = check("예산은 작년보다 3000억원 늘었다.", "2020-01-10").get(0);
    assertThat(small.kind()).isEqualTo("change_amount");
    assertThat(small.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(small.explanation()).contains("under 1%");
    // With the whole budget named, the same change is false.
    CheckedClaim named = check("2020년 예산은 작년보다 3000억원 늘었다.", "2020-01-10").get(0);
    assertThat(named.verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void aChangeNextToAnItemIsTheItemsEvenWhenTheSentenceNamesTheWholeBudget() {
    // 512.3 − 469.6 = 42.7 trillion won for the whole 2020 budget; 2조원 is the project's.
    CheckedClaim c = check("2020년 예산에서 도로 사업은 작년보다 2조원 늘었다.", "2020-01-10").get(0);
    assertThat(c.kind()).isEqualTo("change_amount");
    assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation()).contains("item inside the budget");
  }

  @Test
  void aSupplementarysSizeAndADeficitAreCheckedAgainstTheirOwnFigures() {
    // The 2025 1st supplementary was 13.8 trillion won as passed (the 2nd, 31.8, came later).
    CheckedClaim size =
        check("Lawmakers approved an extra budget worth 13.8 trillion won.", "2025-05-02").get(0);
    assertThat(size.subject()).isEqualTo("theme:supplementary_size");
    assertThat(size.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(size.explanation()).contains("supplementary_1");
    // The 2025 enacted managed balance is −73.9 trillion won.
    CheckedClaim deficit = check("2025년 관리재정수지는 최종△73.9조원이다.", "2024-12-10").get(0);
    assertThat(deficit.kind()).isEqualTo("amount");
    assertThat(deficit.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(deficit.explanation()).contains("deficit");
  }

  @Test
  void aDollarFigureIsLeftAloneInBothLanguages() {
    CheckedClaim c =
        check("The ministry wants 430 billion U.S. dollars for it.", "2024-09-01").get(0);
    assertThat(c.kind()).isEqualTo("conversion");
    assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation()).contains("USD").contains("no exchange rates");
    assertThat(c.explanationKo()).contains("원화가 아닌 통화");
  }

  @Test
  void aListOfOneSubjectsYearsKeepsTheSubject() {
    // Bundled enacted totals: 607.7 (2022), 638.7 (2023), 656.6 (2024), 673.3 (2025); the growth
    // rates are 5.10%, 2.80% and 2.54%.
    List<CheckedClaim> c =
        check("총지출 증가율은 2023년 5.1%, 2024년 2.8%에 이어 2025년에도 2.5%를 기록했다.", "2025-03-01");
    assertThat(c).hasSize(3);
    assertThat(c).allSatisfy(x -> assertThat(x.subject()).isEqualTo("total"));
    assertThat(c)
        .allSatisfy(x -> assertThat(x.verdict()).as(x.explanation()).isEqualTo(Verdict.SUPPORTED));
  }

  @Test
  void theFinalPackageAndTheGovernmentProposalAreTheWholeBudget() {
    // Bundled 2025: proposal 677.4, enacted 673.3, a cut of 4.1 trillion won.
    List<CheckedClaim> c =
        check(
            "The final package of 673.3 trillion won is 4.1 trillion won less than the government"
                + " proposal (677.4 trillion won).",
            "2024-12-11");
    assertThat(c).hasSize(3);
    assertThat(c).allSatisfy(x -> assertThat(x.subject()).isEqualTo("total"));
    assertThat(c)
        .allSatisfy(x -> assertThat(x.verdict()).as(x.explanation()).isEqualTo(Verdict.SUPPORTED));
  }
}
