package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings of the national aggregates in sentences written for these tests, against the bundled
 * data: ratios to GDP, the Assembly's gross cuts and additions, and 편성 after the budget passed.
 */
class AggregateReadingsTest {

  private static List<CheckedClaim> check(String text, String date) {
    return SharedStores.checkHeadline(text, date);
  }

  private static CheckedClaim at(List<CheckedClaim> claims, String written) {
    return claims.stream().filter(c -> c.text().contains(written)).findFirst().orElseThrow();
  }

  @Test
  void theDebtRatioNamedBeforeItsFigureIsChecked() {
    // The bundled 2025 enacted debt ratio is 48.1% of GDP.
    List<CheckedClaim> c = check("2025년 국가채무는 GDP 대비 비율로 48.1%에 이른다.", "2025-02-03");
    CheckedClaim ratio = at(c, "48.1%");
    assertThat(ratio.verdict()).as(ratio.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(ratio.subject()).isEqualTo("theme:national_debt_to_gdp");
    assertThat(ratio.rows())
        .singleElement()
        .satisfies(r -> assertThat(r.shown()).isEqualTo("48.1% of GDP"));
  }

  @Test
  void aDeficitAsAShareOfGdpIsTheBalanceRatioWithItsSign() {
    // The bundled 2026 enacted managed balance is -3.9% of GDP; the text gives it without a sign.
    CheckedClaim ratio =
        check(
                "The managed fiscal deficit for 2026 is expected at 3.9 percent of GDP.",
                "2026-01-12")
            .get(0);
    assertThat(ratio.verdict()).as(ratio.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(ratio.subject()).isEqualTo("theme:managed_fiscal_balance_to_gdp");
  }

  @Test
  void aRatioThatDiffersIsNotAnAccusation() {
    // 50.4% is not the 2025 enacted 48.1%, but a ratio on another GDP estimate is not false.
    CheckedClaim ratio = at(check("2025년 국가채무비율은 50.4%이다.", "2025-02-03"), "50.4%");
    assertThat(ratio.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(ratio.explanation()).contains("48.1% of GDP", "GDP estimate");
  }

  @Test
  void aRatioToGdpSaidToRiseIsTheRatiosLevelNotAGrowthRate() {
    // Bundled debt ratio: 2020 enacted 39.8%, 2021 enacted 47.3%.
    CheckedClaim rose = at(check("2021년 국가채무비율은 GDP 대비 47.3%로 늘었다.", "2021-03-02"), "47.3%");
    assertThat(rose.kind()).isEqualTo("other_percent");
    assertThat(rose.subject()).isEqualTo("theme:national_debt_to_gdp");
    assertThat(rose.verdict()).as(rose.explanation()).isEqualTo(Verdict.SUPPORTED);
    // Named after its figure: "39.8%였던 국가채무비율".
    CheckedClaim after = at(check("2020년 본예산 기준 39.8%였던 국가채무비율이 올랐다.", "2021-03-02"), "39.8%");
    assertThat(after.subject()).isEqualTo("theme:national_debt_to_gdp");
    assertThat(after.verdict()).as(after.explanation()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aRatioRestatedOnRevisedGdpIsSupportedAsALaterBudgetStatesIt() {
    // 2023 debt ratio: 49.8% in the 2023 budget's own documents, 50.4% as the FY2024 ones restate
    // it.
    CheckedClaim c = at(check("2023년 국가채무비율은 GDP 대비 50.4%였다.", "2024-03-02"), "50.4%");
    assertThat(c.verdict()).as(c.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.explanation()).contains("as restated in the FY2024 documents");
    CheckedClaim own = at(check("2023년 국가채무비율은 GDP 대비 49.8%였다.", "2024-03-02"), "49.8%");
    assertThat(own.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(own.explanation()).doesNotContain("restated");
  }

  @Test
  void aBoundFarBelowTheDatasFigureIsNotSupportedByIt() {
    // 2020 enacted total 512.3: "over 50조" is true of it, but no one writes that of 512.3조.
    CheckedClaim far = at(check("2020년 예산은 50조원을 넘었다.", "2020-12-03"), "50조원");
    assertThat(far.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(far.explanation()).contains("more than twice the stated bound");
    CheckedClaim near = at(check("2020년 예산은 500조원을 넘었다.", "2020-12-03"), "500조원");
    assertThat(near.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aMissingStageOfARatioIsShownAsAPercentage() {
    // The debt ratio has no 2020 supplementary figure; what the data hold is shown in percent.
    CheckedClaim c = at(check("2020년 4차 추경 기준 국가채무비율은 GDP 대비 43.9%다.", "2020-09-22"), "43.9%");
    assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation()).contains("39.8%").doesNotContain("39.8원");
  }

  @Test
  void aShareOfTheWholeBudgetWhosePartIsNotNamedIsNotChecked() {
    // The whole over the whole is 100%: 67% is of what the sentence does not name (the part
    // allotted in the first half), not a false share.
    List<CheckedClaim> c =
        check("정부는 내년 상반기에 전체 세출 예산의 67%를 배정하는 2011년도 예산배정계획안을 의결했다.", "2010-12-13");
    CheckedClaim share = at(c, "67%");
    assertThat(share.verdict()).as(share.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(share.explanation()).contains("names only the whole");
  }

  @Test
  void theConsolidatedBalanceRatioIsNotTheManagedOne() {
    CheckedClaim ratio = at(check("2025년 통합재정수지는 GDP 대비 0.8% 적자다.", "2025-02-03"), "0.8%");
    assertThat(ratio.subject()).isNotEqualTo("theme:managed_fiscal_balance_to_gdp");
    assertThat(ratio.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
  }

  @Test
  void grossCutsAndAdditionsAreCheckedEachAgainstItsOwn() {
    // Bundled 2026: the Assembly cut 4.3 and added 4.2 trillion won.
    List<CheckedClaim> c =
        check("국회는 2026년도 예산안 심사에서 정부안 가운데 4조3000억원을 감액했고,4조2000억원을 증액했다.", "2025-12-03");
    CheckedClaim cut = at(c, "4조3000억원");
    CheckedClaim added = at(c, "4조2000억원");
    assertThat(cut.subject()).isEqualTo("theme:assembly_cut");
    assertThat(added.subject()).isEqualTo("theme:assembly_addition");
    assertThat(List.of(cut, added))
        .allSatisfy(x -> assertThat(x.verdict()).isEqualTo(Verdict.SUPPORTED));
  }

  @Test
  void aCutAndAnAdditionInTwoSentencesAreTheGrossChanges() {
    // Bundled 2021: the Assembly cut 5.3 and added 7.5 trillion won.
    List<CheckedClaim> c =
        check("국회는 2021년도 예산안 가운데 5조3000억 원을 감액했다. 그러나 백신 예산 등을 7조5000억 원 늘렸다.", "2020-12-03");
    assertThat(at(c, "5조3000억 원").subject()).isEqualTo("theme:assembly_cut");
    assertThat(at(c, "7조5000억 원").subject()).isEqualTo("theme:assembly_addition");
    assertThat(c).allSatisfy(x -> assertThat(x.verdict()).isEqualTo(Verdict.SUPPORTED));
    // Across a paragraph break the addition may be of something else.
    List<CheckedClaim> apart =
        check("국회는 2021년도 예산안 가운데 5조3000억 원을 감액했다.\n\n그러나 백신 예산 등을 7조5000억 원 늘렸다.", "2020-12-03");
    assertThat(at(apart, "5조3000억 원").subject()).isNotEqualTo("theme:assembly_cut");
  }

  @Test
  void koreanCutsAndAdditionsAsTopicsOrWithAnAdnominalVerbAreTheGrossChanges() {
    // Bundled 2019: the Assembly cut 5.2 and added 4.3 trillion won; 2016: 3.8 and 3.5.
    List<CheckedClaim> topic =
        check("2019년도 예산안은 정부안에서 5조2000억원이 삭감됐고 증액은 4조3000억원이었다.", "2018-12-08");
    assertThat(at(topic, "5조2000억원").subject()).isEqualTo("theme:assembly_cut");
    assertThat(at(topic, "4조3000억원").subject()).isEqualTo("theme:assembly_addition");
    assertThat(topic).allSatisfy(x -> assertThat(x.verdict()).isEqualTo(Verdict.SUPPORTED));
    List<CheckedClaim> adnominal =
        check("2016년도 예산은 국회가 정부안에서 3조8000억원을 깎고 3조5000억원을 늘린 결과다.", "2015-12-03");
    assertThat(at(adnominal, "3조8000억원").subject()).isEqualTo("theme:assembly_cut");
    assertThat(at(adnominal, "3조5000억원").subject()).isEqualTo("theme:assembly_addition");
    assertThat(adnominal).allSatisfy(x -> assertThat(x.verdict()).isEqualTo(Verdict.SUPPORTED));
  }

  @Test
  void changesSaidInThePassiveAfterAnExtraBudgetAreThatSupplementarys() {
    // Bundled 2025 second supplementary: the Assembly added 2.3721 and cut 1.1258 trillion won.
    List<CheckedClaim> c =
        check(
            "The Assembly passed the second extra budget on Friday. During the review, 2.3721"
                + " trillion won was increased, while 1.1258 trillion won was reduced.",
            "2025-07-04");
    CheckedClaim added = at(c, "2.3721 trillion won");
    CheckedClaim cut = at(c, "1.1258 trillion won");
    assertThat(added.subject()).isEqualTo("theme:assembly_addition");
    assertThat(cut.subject()).isEqualTo("theme:assembly_cut");
    assertThat(List.of(added, cut))
        .allSatisfy(
            x -> {
              assertThat(x.verdict()).isEqualTo(Verdict.SUPPORTED);
              assertThat(x.stage()).contains("supplementary_2");
            });
  }

  @Test
  void anEnglishGrossCutIsTheCutAndAWrongOneIsNotCalledFalse() {
    List<CheckedClaim> c =
        check(
            "Lawmakers cut 4.3 trillion won from the 2026 budget bill and added 3.1 trillion won"
                + " elsewhere.",
            "2025-12-03");
    assertThat(at(c, "4.3 trillion").verdict()).isEqualTo(Verdict.SUPPORTED);
    CheckedClaim added = at(c, "3.1 trillion");
    assertThat(added.subject()).isEqualTo("theme:assembly_addition");
    assertThat(added.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(added.explanation()).contains("4.2조원");
  }

  @Test
  void aCutWithNoAddedAmountBesideItIsNotTheGrossCut() {
    // An addition word with no amount of its own: the cut may be the net change, so the sentence
    // does not give the Assembly's gross cuts and additions.
    List<CheckedClaim> en =
        check(
            "Lawmakers cut 4.3 trillion won from the 2026 budget bill, and the opposition wants"
                + " to increase welfare.",
            "2025-12-03");
    assertThat(at(en, "4.3 trillion").subject()).isNotEqualTo("theme:assembly_cut");
    List<CheckedClaim> ko = check("국회는 2026년도 예산안에서 4조3000억원을 감액했고 복지 사업은 늘리기로 했다.", "2025-12-03");
    assertThat(at(ko, "4조3000억원").subject()).isNotEqualTo("theme:assembly_cut");
    // Without the Assembly or the proposal named, a cut and an addition are not the Assembly's.
    List<CheckedClaim> plan =
        check(
            "The ministry will cut 1.2 trillion won in subsidies and add 0.9 trillion won.",
            "2025-09-03");
    assertThat(plan).allSatisfy(x -> assertThat(x.subject()).doesNotStartWith("theme:assembly_"));
  }

  @Test
  void anAdditionOfTheSameAmountIsTheCounterpartOfTheCut() {
    List<CheckedClaim> c =
        check(
            "The Assembly passed the 2026 budget on time.\n\nThe two parties agreed to trim 4.3"
                + " trillion won from several programs and to reallocate the same amount elsewhere.",
            "2025-12-03");
    CheckedClaim cut = at(c, "4.3 trillion");
    assertThat(cut.subject()).isEqualTo("theme:assembly_cut");
    assertThat(cut.verdict()).as(cut.explanation()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aSupplementarysSizeNamedInTheSentenceBeforeIsChecked() {
    // Bundled 2025: the first supplementary was proposed at 12.2 and passed at 13.8 trillion won.
    List<CheckedClaim> c =
        check(
            "Lawmakers voted on the extra budget bill on Thursday.\n\nThey settled on 13.8 trillion"
                + " won, above the 12.2 trillion won proposed by the government.",
            "2025-05-02");
    CheckedClaim passed = at(c, "13.8 trillion");
    CheckedClaim proposed = at(c, "12.2 trillion");
    assertThat(List.of(passed, proposed))
        .allSatisfy(
            x -> {
              assertThat(x.subject()).isEqualTo("theme:supplementary_size");
              assertThat(x.verdict()).as(x.explanation()).isEqualTo(Verdict.SUPPORTED);
            });
    assertThat(proposed.stage()).contains("proposal");
    // Named nowhere near, a figure of no subject is not a size; and a wrong size is not called
    // false, because the subject came from the sentence before.
    assertThat(at(check("They settled on 13.8 trillion won.", "2025-05-02"), "13.8").subject())
        .isNotEqualTo("theme:supplementary_size");
    CheckedClaim wrong =
        at(
            check(
                "Lawmakers voted on the extra budget bill.\n\nThey settled on 16.1 trillion won.",
                "2025-05-02"),
            "16.1");
    assertThat(wrong.verdict()).isNotEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void tableCellsTakeTheUnitAboveTheTableAndTheirColumnsYearAndStage() {
    // Bundled: 2024 enacted 656.6, 2025 proposal 677.4 and enacted 673.3 trillion won.
    String table =
        "< 재정 총량 >\n(단위: 조원, %)\n| 구분 | '24년 본예산 | '25년 정부안 | '25년 최종 | 국회증감 |"
            + " 전년대비 | (%) |\n◇ 총지출 | 656.6 | 677.4 | 673.3 | △4.1 | +16.7 | 2.5 |\n";
    List<CheckedClaim> c = check(table, "2024-12-12");
    assertThat(c)
        .extracting(CheckedClaim::kind)
        .as(c.stream().map(x -> x.text() + "@" + x.start() + " " + x.reading()).toList().toString())
        .containsExactly(
            "amount", "amount", "amount", "change_amount", "change_amount", "growth_rate");
    assertThat(c)
        .extracting(CheckedClaim::fiscalYear)
        .containsExactly(
            java.util.Optional.of(2024),
            java.util.Optional.of(2025),
            java.util.Optional.of(2025),
            java.util.Optional.of(2025),
            java.util.Optional.of(2025),
            java.util.Optional.of(2025));
    assertThat(c.get(1).stage()).contains("proposal");
    assertThat(c)
        .allSatisfy(x -> assertThat(x.verdict()).as(x.explanation()).isEqualTo(Verdict.SUPPORTED));
    // A wrong cell is not called false: its unit is not written next to it.
    CheckedClaim wrong = check(table.replace("677.4", "690.0"), "2024-12-12").get(1);
    assertThat(wrong.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    // Without a unit line, or with cells that do not line up with the columns, cells are unread.
    assertThat(check(table.replace("(단위: 조원, %)\n", ""), "2024-12-12"))
        .allSatisfy(x -> assertThat(x.kind()).isEqualTo("no_unit"));
    assertThat(check(table.replace("| △4.1 ", ""), "2024-12-12"))
        .allSatisfy(x -> assertThat(x.kind()).isEqualTo("no_unit"));
  }

  @Test
  void allocatedInATextDatedAfterPassageIsTheBudgetAsPassed() {
    // Bundled 2025: proposal 677.4, enacted 673.3.
    CheckedClaim c = check("정부는 2025년 총지출 673.3조원을 편성해 집행하고 있다.", "2025-03-04").get(0);
    assertThat(c.stage()).contains("enacted");
    assertThat(c.verdict()).as(c.explanation()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void allocatedBeforePassageIsStillTheProposal() {
    CheckedClaim c = check("정부는 2026년 총지출 728조원을 편성했다.", "2025-08-29").get(0);
    assertThat(c.stage()).contains("proposal");
    assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void aPlusSignOnAChangeIsUpThoughTheLevelsCarryMinusSigns() {
    // Bundled 2025 managed balance: proposal -77.7, enacted -73.9; the deficit shrank by 3.8.
    List<CheckedClaim> c = check("관리재정수지는 정부안△77.7 → 최종△73.9조원으로 +3.8조원 개선됐다.", "2024-12-11");
    CheckedClaim change = at(c, "3.8조원");
    assertThat(change.kind()).isEqualTo("change_amount");
    assertThat(change.verdict()).as(change.explanation()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void nationalDebtAsPeopleSpellItAndTheBudgetAfterAnEllipsis() {
    // Bundled 2022 proposal debt: 1068.3 trillion won; 나라빚 is a common spelling of 나랏빚.
    // After a headline's ellipsis, 예산 is the next figure's subject: the 2022 proposal, 604.4.
    List<CheckedClaim> c = check("내년 나라빚 1068조...예산 604.4조", "2021-08-31");
    assertThat(c.get(0).subject()).isEqualTo("theme:national_debt");
    assertThat(c.get(1).subject()).isEqualTo("total");
    assertThat(c)
        .allSatisfy(x -> assertThat(x.verdict()).as(x.explanation()).isEqualTo(Verdict.SUPPORTED));
  }
}
