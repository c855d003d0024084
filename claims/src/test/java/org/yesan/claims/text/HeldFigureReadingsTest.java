package org.yesan.claims.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * Readings that let a figure the bundled data hold be looked up at all, on sentences written for
 * these tests: the subject, the base and the span each have to be read first.
 */
class HeldFigureReadingsTest {

  private final ClaimExtractor extractor = new ClaimExtractor(Glossary.bundled());

  private List<Claim> claims(String text, String date) {
    return extractor.extract(text, Optional.of(LocalDate.parse(date))).claims();
  }

  private static String subjectOf(Claim c) {
    return c.subject().map(Subject::id).orElse("(none)");
  }

  @Test
  void aPeriodGluedToTheNextSentenceStillEndsTheSentence() {
    List<Claim> c =
        claims(
            "It set aside 31.0 trillion won for defense.The budget also holds 500 trillion won"
                + " overall.",
            "2024-09-01");
    assertThat(c).hasSize(2);
    assertThat(subjectOf(c.get(1))).isEqualTo("total");
    // An abbreviation and a decimal are not sentence ends.
    assertThat(claims("The U.S. pledged it.The budget is 9.5 trillion won.", "2024-09-01"))
        .extracting(Claim::sentence)
        .containsExactly("The budget is 9.5 trillion won.");
  }

  @Test
  void theWholeBudgetNamedRightBeforeItsRateIsThatRatesSubject() {
    List<Claim> c = claims("내년 국방비 증가율은 전체 예산 증가율(2.9%)보다 높다.", "2024-09-01");
    assertThat(subjectOf(c.get(0))).isEqualTo("total");
    // Named further off, the plain word for the budget still gives way to the sector.
    assertThat(subjectOf(claims("국방비 예산은 내년에 61조원이다.", "2024-09-01").get(0)))
        .isEqualTo("sector:defense");
  }

  @Test
  void aChangeFromTheSubmittedBillIsFromTheProposal() {
    Claim ko = claims("내년 예산은 정부 제출안에서 2조 원가량 깎인 규모로 확정됐다.", "2024-12-10").get(0);
    assertThat(ko.kind()).isEqualTo(ClaimKind.CHANGE_AMOUNT);
    assertThat(ko.comparison().orElseThrow().basis()).isEqualTo(Comparison.Basis.PROPOSAL);
    Claim en =
        claims(
                "The Assembly lowered spending by 900 billion won from the government's initial"
                    + " budget proposal.",
                "2024-12-10")
            .get(0);
    assertThat(en.comparison().orElseThrow().basis()).isEqualTo(Comparison.Basis.PROPOSAL);
    assertThat(en.comparison().orElseThrow().baseYear()).isEqualTo(FiscalYear.of(2025));
  }

  @Test
  void aWonAmountWithTheCurrencyOnBothSidesIsReadOnce() {
    List<Claim> c = claims("The ministry asked for KRW12.5 trillion won for 2025.", "2024-09-01");
    assertThat(c).hasSize(1);
    assertThat(c.get(0).kind()).isEqualTo(ClaimKind.AMOUNT);
    assertThat(c.get(0).figure().value()).isEqualByComparingTo("12500000000000");
    assertThat(c.get(0).stage()).contains(Stage.PROPOSAL);
  }

  @Test
  void namesOfSectorsAndThemesAsTranslationsAndSpacingWriteThem() {
    assertThat(
            subjectOf(
                claims(
                        "Cuts hit welfare (100.0 trillion won), small and medium-sized and"
                            + " energy (20.1 trillion won) and more.",
                        "2024-12-10")
                    .get(1)))
        .isEqualTo("sector:industry_sme_energy");
    assertThat(subjectOf(claims("정부 인공 지능 예산은 5조원이다.", "2024-09-01").get(0))).isEqualTo("theme:ai");
  }
}
