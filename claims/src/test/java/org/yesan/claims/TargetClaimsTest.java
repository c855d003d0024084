package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claims the store cannot judge, judged from data/targets: the AI envelope, GPU counts, the
 * growth fund, the swap line's dollars and the on-time passage streak; figures computed here.
 */
class TargetClaimsTest {

  private static CheckReport article;

  @BeforeAll
  static void check() throws IOException {
    String text =
        Files.readString(
            SharedStores.shared().resolve("samples/articles/2026-budget-address.en.txt"));
    article = ClaimChecker.over(SharedStores.headline()).check(text, CheckOptions.defaults());
  }

  private static CheckedClaim claim(CheckReport r, int id) {
    return r.claims().get(id - 1);
  }

  private static CheckReport check(String text) {
    return ClaimChecker.over(SharedStores.headline()).check(text, CheckOptions.defaults());
  }

  @Test
  void theAiBudgetFiguresAreTheEnvelopesAmounts() {
    CheckedClaim ai2026 = claim(article, 5);
    assertThat(ai2026.text()).isEqualTo("10.1 trillion won");
    assertThat(ai2026.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(ai2026.dataValue().orElseThrow())
        .isEqualByComparingTo(new BigDecimal("10.1").multiply(BigDecimal.TEN.pow(12)));
    assertThat(ai2026.rows())
        .singleElement()
        .satisfies(r -> assertThat(r.stage()).isEqualTo("proposal"));
    CheckedClaim ai2025 = claim(article, 6);
    assertThat(ai2025.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(ai2025.rows().get(0).fiscalYear()).isEqualTo(2025);
    assertThat(ai2025.rows().get(0).stage()).isEqualTo("enacted");
  }

  @Test
  void theGpuCountsAreThePlannedAdditionAndTheGoal() {
    assertThat(claim(article, 10).text()).isEqualTo("15,000");
    assertThat(claim(article, 10).verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(claim(article, 10).explanation()).contains("planned addition of gpu-government");
    assertThat(claim(article, 11).text()).isEqualTo("35,000 units");
    assertThat(claim(article, 11).verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(claim(article, 11).explanation()).contains("goal of gpu-government");
  }

  @Test
  void theFundIsAFiveYearEnvelopeOfOneHundredFiftyTrillion() {
    CheckedClaim fund = claim(article, 12);
    assertThat(fund.text()).isEqualTo("150 trillion won");
    assertThat(fund.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(fund.dataValue().orElseThrow())
        .isEqualByComparingTo(new BigDecimal("150").multiply(BigDecimal.TEN.pow(12)));
    assertThat(fund.explanation()).contains("2026–2030 (5 years");
  }

  @Test
  void theSwapLinesDollarsFitTheDaysClosingRate() {
    CheckedClaim usd = claim(article, 2);
    assertThat(usd.text()).isEqualTo("$48.6 billion");
    assertThat(usd.verdict()).isEqualTo(Verdict.SUPPORTED);
    // 70조원 at 1,437.9 KRW per USD (2025-11-04 close) is $48.68 billion
    BigDecimal expected =
        new BigDecimal("70e12")
            .divide(new BigDecimal("1437.9"), new MathContext(12, RoundingMode.HALF_UP));
    assertThat(usd.dataValue().orElseThrow()).isEqualByComparingTo(expected);
    assertThat(usd.explanation()).contains("1437.9 KRW per USD (2025-11-04 close, 세계일보");
    assertThat(claim(article, 18).verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void theOnTimePassageIsTheFirstInFiveYears() {
    CheckReport r =
        check(
            "Seoul, Dec 3 (Yonhap) -- The National Assembly passed the 2026 budget on Tuesday,"
                + " meeting the legal deadline for the first time in five years.");
    CheckedClaim streak = r.claims().get(r.claims().size() - 1);
    assertThat(streak.kind()).isEqualTo("deadline_streak");
    assertThat(streak.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(streak.dataValue()).contains(BigDecimal.valueOf(2026 - 2021));

    CheckReport wrong =
        check(
            "Seoul, Dec 3 (Yonhap) -- The Assembly passed the 2026 budget, meeting the legal deadline"
                + " for the first time in four years.");
    assertThat(wrong.claims().get(wrong.claims().size() - 1).verdict())
        .isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void aFigureOfAnotherStageIsNeverCalledFalse() {
    // after passage the reader takes the enacted stage, where the AI budget is 9.9조원; 10.1조원 is
    // the proposal's figure, so the check says so instead of contradicting it
    CheckReport r =
        check(
            "Seoul, Dec 3 (Yonhap) -- The 2026 budget passed on Tuesday. The AI budget for next year"
                + " more than tripled from this year, to 10.1 trillion won.");
    List<CheckedClaim> ai =
        r.claims().stream().filter(c -> c.subject().equals("theme:ai")).toList();
    assertThat(ai).isNotEmpty();
    assertThat(ai).allSatisfy(c -> assertThat(c.verdict()).isNotEqualTo(Verdict.CONTRADICTED));
    assertThat(ai.get(0).explanation()).contains("fits the proposal one (10.1조원)");
  }
}
