package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2026 budget address (NationPress, "Seoul, Nov 4") checked against kr-headline as shipped:
 * every numeric claim is found and each verdict is explained below.
 */
class ArticleCheckTest {

  private static String article;
  private static CheckReport report;

  @BeforeAll
  static void check() throws IOException {
    article =
        Files.readString(
            SharedStores.shared().resolve("samples/articles/2026-budget-address.en.txt"));
    report = ClaimChecker.over(SharedStores.headline()).check(article, CheckOptions.defaults());
  }

  private static CheckedClaim claim(int id) {
    return report.claims().get(id - 1);
  }

  @Test
  void derivesTheDateFromTheDatelineAndTheBudgetYear() {
    // "Seoul, Nov 4" names no year; the text presents the budget "for 2026", which is debated in
    // the autumn of 2025. The footer "04/01/2026" is a scrape date and is not used.
    assertThat(report.documentDate()).contains("2025-11-04");
    assertThat(report.dateReason()).startsWith("dateline \"Seoul, Nov 4\"");
  }

  @Test
  void findsEveryNumericClaim() {
    // 18 figures: 11 in the body, 4 repeated in the FAQ (3.3T, 10.1T, 70T, $48.6bn), 2 counts of
    // GPUs and the "historic high" record claim. Years (2026, 2030), dates (Nov 4, December 2) and
    // word numbers ("top three", "six") are not claims.
    assertThat(report.claims())
        .extracting(CheckedClaim::text)
        .containsExactly(
            "up to 70 trillion won",
            "$48.6 billion",
            "728 trillion won",
            "8.1 percent",
            "10.1 trillion won",
            "3.3 trillion won",
            "19.3 percent",
            "35.3 trillion won",
            "historic high",
            "15,000",
            "35,000 units",
            "150 trillion won",
            "66.3 trillion won",
            "8.2 percent",
            "3.3 trillion won",
            "10.1 trillion won",
            "up to 70 trillion won",
            "$48.6 billion");
    assertThat(report.verdicts())
        .containsEntry("supported", 15)
        .containsEntry("contradicted", 0)
        .containsEntry("inconsistent", 0)
        .containsEntry("implausible", 0)
        .containsEntry("unverifiable", 3);
  }

  @Test
  void totalSpendingIsTheProposalOf728() {
    // "a spending plan of 728 trillion won for 2026": stage from "spending plan" (and on Nov 4 the
    // budget had not passed); kr-headline 2026 proposal is 728.0조원, inside [727.5, 729]: rounded
    // down to 727.5 or cut off up to the next whole 조.
    CheckedClaim c = claim(3);
    assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.stage()).contains("proposal");
    assertThat(c.rows()).extracting(DataRow::shown).containsExactly("728조원");
    assertThat(c.tolerance())
        .startsWith("stated 728 trillion won (stated to 1조원) stands for [727.5조원, 729조원]");
  }

  @Test
  void growthOf8Point1IsAgainstThe2025EnactedBudget() {
    // "an 8.1 percent increase from the previous year": base = 2025 enacted 673.3조원 (the usual
    // basis). 728.0/673.3 = 8.124%; with both figures ±0.05조 the data allow [8.10, 8.14]%
    // (727.95/673.35 − 1 to 728.05/673.25 − 1), and the
    // stated 8.1 stands for [8.05, 8.15]%.
    CheckedClaim c = claim(4);
    assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(c.rows())
        .extracting(r -> r.fiscalYear() + " " + r.stage() + " " + r.shown())
        .containsExactly("2026 proposal 728조원", "2025 enacted 673.3조원");
    assertThat(c.formula()).endsWith("= 8.12%");
    assertThat(c.tolerance())
        .isEqualTo(
            "stated 8.1 percent stands for [8.05, 8.15]%; the data's rounding allows [8.10, 8.14]%");
  }

  @Test
  void theAiFiguresAreCheckedAgainstTheTargetsEnvelope() {
    // kr-headline as shipped holds total_expenditure and sector_allocation only; the AI figures
    // are judged from the ai-transformation envelope of data/targets (see TargetClaimsTest).
    for (int id : new int[] {5, 6, 15, 16}) {
      assertThat(claim(id).verdict()).isEqualTo(Verdict.SUPPORTED);
      assertThat(claim(id).subject()).isEqualTo("theme:ai");
      assertThat(claim(id).explanation()).startsWith("the targets data give");
    }
    assertThat(claim(6).fiscalYear()).contains(2025); // "from 3.3 trillion won this year"
    assertThat(claim(5).fiscalYear()).contains(2026);
  }

  @Test
  void researchAndDevelopmentGrowthAndRecord() {
    // R&D: 35.3조 = 2026 proposal rnd 35.3; growth "from this year" vs 2025 enacted rnd 29.6:
    // 35.3/29.6 = 19.26%, allowed [18.88, 19.63]% by the ±0.05조 rounding, stated 19.3 → [19.25,
    // 19.35].
    // "historic high": 35.3 exceeds every earlier rnd figure (highest: 2023 proposal 30.7조).
    assertThat(claim(7).verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(claim(7).subject())
        .isEqualTo("sector:rnd"); // not "AI" or "defence" inside the dashes
    assertThat(claim(7).formula()).endsWith("= 19.26%");
    assertThat(claim(7).tolerance()).endsWith("the data's rounding allows [18.88, 19.63]%");
    assertThat(claim(8).verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(claim(9).verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(claim(9).explanation()).contains("the highest was 2023 proposal 30.7조원");
  }

  @Test
  void defenceAmountSupportedButItsGrowthBaseIsMissing() {
    // 66.3조 = 2026 proposal defense. "8.2 percent increase from this year" needs 2025 enacted
    // defense, which kr-headline lacks (only the 2025 proposal, 61.6조, against which it is 7.63%:
    // a different basis that does not give 8.2% either).
    assertThat(claim(13).verdict()).isEqualTo(Verdict.SUPPORTED);
    CheckedClaim growth = claim(14);
    assertThat(growth.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(growth.explanation())
        .startsWith(
            "kr-headline measure:sector_allocation sector:defense has no enacted figure for 2025 (for 2025 it has proposal 61.6조원).")
        .contains("Against the 2025 proposal (61.6조원) it is 7.63%");
  }

  @Test
  void swapLineFundAndCountsAreNotBudgetFigures() {
    assertThat(List.of(claim(1), claim(17)))
        .allSatisfy(
            c ->
                assertThat(c.explanation())
                    .startsWith("not a budget figure: a currency swap line"));
    assertThat(List.of(claim(2), claim(18)))
        .allSatisfy(c -> assertThat(c.kind()).isEqualTo("conversion"));
    assertThat(claim(12).explanation()).contains("a multi-year fund size, not an appropriation");
    assertThat(claim(10).kind()).isEqualTo("count");
    assertThat(claim(11).kind()).isEqualTo("count");
  }

  @Test
  void anExplicitDateGivesTheSameVerdicts() {
    CheckReport dated =
        ClaimChecker.over(SharedStores.headline())
            .check(article, CheckOptions.defaults().withDate(LocalDate.of(2025, 11, 4)));
    assertThat(dated.dateReason()).isEqualTo("--date");
    assertThat(dated.claims())
        .extracting(CheckedClaim::verdict)
        .isEqualTo(report.claims().stream().map(CheckedClaim::verdict).toList());
  }

  @Test
  void serialisesToJsonAndSelfContainedHtml() throws IOException {
    JsonNode json = CheckReportJson.mapper().readTree(CheckReportJson.write(report));
    assertThat(json.path("document_date").asText()).isEqualTo("2025-11-04");
    assertThat(json.path("claims").get(3).path("fiscal_year").asInt()).isEqualTo(2026);
    // claim 3 is the 2026 proposal of 728.0조원: the Korean explanation names it as readers write it.
    assertThat(json.path("claims").get(2).path("explanation_ko").asText())
        .isEqualTo("2026년 정부안 총지출: 자료의 728조원과 맞습니다.");
    assertThat(json.path("claims").get(3).path("verdict").asText()).isEqualTo("supported");
    // Exact amounts are decimal strings, so no reader rounds them through a double.
    assertThat(json.path("claims").get(3).path("rows").get(1).path("amount").asText())
        .isEqualTo("673300000000000");
    assertThat(json.path("verdicts").path("unverifiable").asInt()).isEqualTo(3);
    String html = CheckReportHtml.render(report, "2026 budget address");
    assertThat(html)
        .contains("<mark class=\"supported\" data-id=\"3\"")
        .doesNotContain("src=")
        .doesNotContain("href=")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }
}
