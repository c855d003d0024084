package org.yesan.claims.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

class ClaimExtractorTest {

  private final ClaimExtractor extractor = new ClaimExtractor(Glossary.bundled());

  private List<Claim> claims(String text, String date) {
    return extractor.extract(text, Optional.of(LocalDate.parse(date))).claims();
  }

  @Test
  void relativeYearsCountFromTheDateAndTheBaseTakesTheYearNextToIt() {
    List<Claim> c = claims("정부는 내년 국방 예산을 66.3조원으로 편성해 올해보다 8.2% 늘렸다.", "2025-08-29");
    assertThat(c).extracting(Claim::kind).containsExactly(ClaimKind.AMOUNT, ClaimKind.GROWTH_RATE);
    assertThat(c.get(0).subject().map(Subject::id)).contains("sector:defense");
    assertThat(c.get(0).fiscalYear()).contains(FiscalYear.of(2026));
    assertThat(c.get(0).stage()).contains(Stage.PROPOSAL);
    assertThat(c.get(0).stageStated()).isTrue();
    Comparison growth = c.get(1).comparison().orElseThrow();
    assertThat(growth.baseYear()).isEqualTo(FiscalYear.of(2025));
    assertThat(growth.basis()).isEqualTo(Comparison.Basis.ENACTED);
    assertThat(growth.currentClaim()).contains(1);
  }

  @Test
  void theStageFollowsTheDateWhenTheTextNamesNone() {
    assertThat(claims("The 2026 defense budget is 66.3 trillion won.", "2025-11-04").get(0).stage())
        .contains(Stage.PROPOSAL);
    assertThat(claims("The 2026 defense budget is 65.9 trillion won.", "2025-12-02").get(0).stage())
        .contains(Stage.ENACTED);
    assertThat(claims("The 2025 defense budget is 61.2 trillion won.", "2025-11-04").get(0).stage())
        .contains(Stage.ENACTED);
  }

  @Test
  void aStatedBaseAndRateMakeARelation() {
    List<Claim> c = claims("2019년 예산은 469.6조원으로 2018년 428.8조원보다 9.5% 늘었다.", "2019-01-02");
    assertThat(c)
        .extracting(Claim::kind)
        .containsExactly(ClaimKind.AMOUNT, ClaimKind.AMOUNT, ClaimKind.GROWTH_RATE);
    assertThat(c.get(1).fiscalYear()).contains(FiscalYear.of(2018));
    Comparison growth = c.get(2).comparison().orElseThrow();
    assertThat(growth.currentClaim()).contains(1);
    assertThat(growth.baseClaim()).contains(2);
  }

  @Test
  void namedBasesAndSupplementaryBudgets() {
    Claim vsProposal = claims("2019년 예산안은 2018년 정부안 대비 9.7% 늘었다.", "2018-08-28").get(0);
    assertThat(vsProposal.comparison().orElseThrow().basis()).isEqualTo(Comparison.Basis.PROPOSAL);
    Claim vsExtra =
        claims(
                "The 2023 budget proposal is down 6.0 percent from 2022 spending including the supplementary budgets.",
                "2022-08-30")
            .get(0);
    assertThat(vsExtra.comparison().orElseThrow().basis())
        .isEqualTo(Comparison.Basis.LATEST_SUPPLEMENTARY);
    assertThat(vsExtra.comparison().orElseThrow().increase()).isFalse();
    Claim second = claims("2025년 총지출은 2차 추경으로 703.3조원이 됐다.", "2025-09-19").get(0);
    assertThat(second.stage()).contains(Stage.supplementary(2));
  }

  @Test
  void wordsForRatiosAndRecords() {
    List<Claim> c =
        claims(
            "The AI budget more than tripled to a record 10.1 trillion won for 2026.",
            "2025-08-29");
    assertThat(c)
        .extracting(Claim::kind)
        .containsExactly(ClaimKind.AMOUNT, ClaimKind.MULTIPLE, ClaimKind.RECORD);
    assertThat(c.get(1).figure().value()).isEqualByComparingTo("3");
    assertThat(c.get(1).figure().approximation()).isEqualTo(Approximation.OVER);
  }
}
