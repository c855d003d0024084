package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.model.Measure;
import org.yesan.store.duckdb.DuckDbFactStore;

/** {@code yesan demo --brief} on the bundled dataset: vintages, published changes and ratios. */
class BudgetBriefTest {

  @TempDir static Path dir;

  private static List<String> english;
  private static List<String> korean;

  @BeforeAll
  static void printBothBriefs() {
    Cli cli = new Cli(dir.resolve("brief.duckdb"));
    Cli.Run en = cli.run("demo", "--brief", "--lang", "en", "--shared", dir.toString());
    Cli.Run ko = cli.run("demo", "--brief", "--shared", dir.toString());
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(ko.exit()).as(ko.err()).isZero();
    english = Arrays.asList(en.out().split("\n"));
    korean = Arrays.asList(ko.out().split("\n"));
  }

  private static String row(List<String> lines, String year) {
    return lines.stream().filter(l -> l.startsWith(year + "  ")).findFirst().orElseThrow();
  }

  @Test
  void coversEveryYearFrom2007To2026() {
    assertThat(english.get(0))
        .isEqualTo("South Korea total expenditure (총지출) 2007–2026 — Yesan brief");
    for (int year = 2007; year <= 2026; year++) {
      assertThat(row(english, Integer.toString(year))).isNotBlank();
    }
  }

  @Test
  void growthIsFromTheBaseTheYearsOwnDocumentsGive() {
    // FY2009 proposal 273.8 on the 2008 base as the FY2009 documents restated it (257.2):
    // python3 Decimal: (273.8 - 257.2) * 100 / 257.2 = 6.454... -> 6.5 HALF_UP, the rate MOEF
    // published; on the 256.1721 voted in 2007 it would be 6.9
    assertThat(row(english, "2009")).contains("273.8 trillion won", "+6.5%");
    // FY2008 proposal 257.3 on the 2007 base of 238.4 shown with it: 7.93... -> 7.9
    assertThat(row(english, "2008")).contains("+7.9%");
  }

  @Test
  void theAssemblyChangeIsThePublishedNetChangeNeverADifferenceAcrossVintages() {
    // FY2009: +0.7 against the revised proposal, not 284.5 - 273.8 = +10.7
    assertThat(row(english, "2009")).contains("+700.0 billion won").doesNotContain("10.7");
    // FY2011: the published -0.4951, not 309.0567 - 309.6 = -0.5433
    assertThat(row(english, "2011")).contains("-495.1 billion won");
    // FY2007: the enacted total is known only as restated in FY2008, so no change is shown
    assertThat(row(english, "2007"))
        .contains("238.5 trillion won", "238.4 trillion won")
        .doesNotContain("billion won");
  }

  @Test
  void theStoreKeepsWhichMeasuresArePercentagesAcrossReopening() {
    try (DuckDbFactStore store = DuckDbFactStore.open(dir.resolve("brief.duckdb"))) {
      var info = store.require("kr-headline");
      assertThat(info.measure("national_debt_to_gdp").orElseThrow().quantity())
          .isEqualTo(Measure.Quantity.PERCENT);
      assertThat(info.measure("managed_fiscal_balance_to_gdp").orElseThrow().quantity())
          .isEqualTo(Measure.Quantity.PERCENT);
      assertThat(info.measure("national_debt").orElseThrow().quantity())
          .isEqualTo(Measure.Quantity.MONEY);
      assertThat(info.measure("national_debt").orElseThrow().direction())
          .isEqualTo(Measure.Direction.OTHER);
    }
  }

  @Test
  void theLatestYearsRatiosArePrintedAsPercentagesNotAsWon() {
    assertThat(english)
        .contains(
            "2026 enacted: total revenue 675.2 trillion won; national debt 1,413.8 trillion won"
                + " (51.6% of GDP); managed fiscal balance -107.8 trillion won (-3.9% of GDP)");
    assertThat(korean)
        .contains(
            "2026년 국회확정: 총수입 675.2조원; 국가채무 1,413.8조원 (GDP 대비 51.6%); 관리재정수지"
                + " -107.8조원 (GDP 대비 -3.9%)");
  }
}
