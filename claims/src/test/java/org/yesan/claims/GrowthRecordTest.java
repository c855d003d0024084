package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records of growth ("the steepest rise in nine years") on sentences written for these tests,
 * against the bundled totals: each year's growth over the year before as passed.
 */
class GrowthRecordTest {

  private static CheckedClaim record(String text, String date) {
    List<CheckedClaim> claims = SharedStores.checkHeadline(text, date);
    return claims.stream()
        .filter(c -> c.kind().equals("growth_record"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no growth record in " + claims));
  }

  @Test
  void theHighestGrowthInASpanIsAboveEveryYearOfIt() {
    // 2018 proposal 429.0 over 2017 enacted 400.5: 7.1%; 2010-2017 grew 2.6% to 5.7% as proposed
    // or passed; 2009 grew more (10.6% as passed).
    CheckedClaim c =
        record(
            "The 2018 budget proposal of 429 trillion won is up 7.1 percent, the steepest annual"
                + " rise in nine years.",
            "2017-08-29");
    assertThat(c.text()).isEqualTo("steepest annual rise in nine years");
    assertThat(c.verdict()).as(c.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.explanation()).contains("2018 proposal 7.1%");
  }

  @Test
  void theLowestGrowthSinceAYearIsBelowEveryYearAfterIt() {
    // 2023 proposal 639.0 over 2022 enacted 607.7: 5.2%; 2018-2022 grew 7.1% to 9.7%.
    CheckedClaim c = record("2023년 예산안 증가율(5.2%)은 2017년 이후 6년 만에 가장 낮은 수준이다.", "2022-08-30");
    assertThat(c.verdict()).as(c.explanation()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.fiscalYear()).contains(2023);
  }

  @Test
  void aRecordTheDataDoNotBearOutIsNotCalledFalse() {
    // 2020 proposal 513.5 over 2019 enacted 469.6: 9.3%; the 2019 proposal grew 9.7%.
    CheckedClaim c =
        record(
            "The 2020 budget proposal grows 9.3 percent, the biggest increase in five years.",
            "2019-08-29");
    assertThat(c.verdict()).as(c.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation()).contains("2019 proposal 9.7%").contains("Not called false");
    assertThat(c.explanationKo()).contains("기준");
  }

  @Test
  void aRecordOverNoSpanIsNotChecked() {
    CheckedClaim c =
        record("The 2018 budget proposal grows 7.1 percent, the biggest increase.", "2017-08-29");
    assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(c.explanation()).contains("no stated span");
    assertThat(c.explanationKo()).contains("몇 해 가운데");
  }
}
