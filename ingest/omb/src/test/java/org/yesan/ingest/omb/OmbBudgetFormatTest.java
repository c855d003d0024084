package org.yesan.ingest.omb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormats;
import org.yesan.ingest.TextEncoding;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Level;
import org.yesan.model.Stage;

class OmbBudgetFormatTest {

  private static final Path DATA =
      Path.of(System.getProperty("yesan.shared", "/work/shared"))
          .resolve("data/us-omb-budget-db-fy2017");

  private final OmbBudgetFormat format = new OmbBudgetFormat();

  private static List<Fact> facts(SourceBatch batch) {
    List<Fact> facts = new ArrayList<>();
    batch.forEach(facts::add);
    return facts;
  }

  private static BigDecimal total(List<Fact> facts, Predicate<Fact> which) {
    return facts.stream().filter(which).map(Fact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Predicate<Fact> year(int year, String measure) {
    return f -> f.fiscalYear().value() == year && f.measure().equals(measure);
  }

  private static Path broken(String name) throws URISyntaxException {
    return Path.of(OmbBudgetFormatTest.class.getResource("/broken/" + name).toURI());
  }

  @Test
  void outlaysMatchThePublishedTotals() {
    try (SourceBatch batch = format.open(DATA.resolve("outlays.csv"), ImportOptions.defaults())) {
      BatchDescription d = batch.description();
      assertThat(d.suggestedDataset()).isEqualTo("us-omb-fy2017");
      assertThat(d.currency()).isEqualTo("USD");
      assertThat(d.country()).contains("US");
      assertThat(d.sourceUnit().factor()).isEqualByComparingTo("1000");
      assertThat(d.levels().stream().map(Level::id))
          .containsExactly(
              "agency_code",
              "agency",
              "bureau_code",
              "bureau",
              "account_code",
              "account",
              "treasury_agency_code",
              "subfunction_code",
              "subfunction",
              "bea_category",
              "grant_nongrant",
              "on_off_budget");
      List<Fact> facts = facts(batch);
      // python3 csv over outlays.csv: 5,086 rows x 61 amount columns, 90,953 of them non-zero.
      assertThat(facts).hasSize(90_953);
      assertThat(facts).allMatch(f -> f.reportedIn().equals(FiscalYear.of(2017)));
      // Sum of column 2015 x 1000; OMB Historical Table 1.1 prints 3,688,292 million for FY2015.
      assertThat(total(facts, year(2015, "outlays"))).isEqualByComparingTo("3688292000000");
      assertThat(facts.stream().filter(year(2015, "outlays")).map(Fact::stage).distinct())
          .containsExactly(Stage.EXECUTED);
      // Column 2016, the current-year estimate.
      assertThat(total(facts, year(2016, "outlays"))).isEqualByComparingTo("3951307000000");
      assertThat(facts.stream().filter(year(2016, "outlays")).map(Fact::stage).distinct())
          .containsExactly(Stage.ENACTED);
      // Column 2017: the President's FY2017 proposal, $4,147.2 billion as published.
      assertThat(total(facts, year(2017, "outlays"))).isEqualByComparingTo("4147224000000");
      assertThat(facts.stream().filter(year(2017, "outlays")).map(Fact::stage).distinct())
          .containsExactly(Stage.PROPOSAL);
      // Per stage, summing columns 1962..2015, 2016, and 2017..2021.
      assertThat(total(facts, f -> f.measure().equals("outlays") && f.stage() == Stage.EXECUTED))
          .isEqualByComparingTo("73739356619000");
      assertThat(total(facts, f -> f.stage().equals(Stage.PROPOSAL)))
          .isEqualByComparingTo("23147821000000");
    }
  }

  @Test
  void theTransitionQuarterIsAMeasureOfItsOwn() {
    try (SourceBatch batch = format.open(DATA.resolve("outlays.csv"), ImportOptions.defaults())) {
      List<Fact> facts = facts(batch);
      // Column 1976 alone (FY ended 30 June 1976) and column TQ, each summed x 1000.
      assertThat(total(facts, year(1976, "outlays"))).isEqualByComparingTo("371792378000");
      assertThat(total(facts, year(1976, "outlays_transition_quarter")))
          .isEqualByComparingTo("95975498000");
      assertThat(facts.stream().filter(f -> f.measure().equals("outlays_transition_quarter")))
          .hasSize(970)
          .allMatch(f -> f.fiscalYear().value() == 1976 && f.stage() == Stage.EXECUTED);
    }
  }

  @Test
  void budgetAuthority() {
    try (SourceBatch batch = format.open(DATA.resolve("budauth.csv"), ImportOptions.defaults())) {
      assertThat(batch.description().measures().get(0).id()).isEqualTo("budget_authority");
      List<Fact> facts = facts(batch);
      // 4,521 rows x 47 amount columns (1976, TQ, 1977..2021), 68,627 non-zero.
      assertThat(facts).hasSize(68_627);
      assertThat(total(facts, year(2015, "budget_authority")))
          .isEqualByComparingTo("3772713000000");
      assertThat(total(facts, year(2017, "budget_authority")))
          .isEqualByComparingTo("4234877000000");
      assertThat(total(facts, year(1976, "budget_authority_transition_quarter")))
          .isEqualByComparingTo("96609798000");
    }
  }

  @Test
  void receiptsKeepAmountsWithThousandsSeparators() {
    try (SourceBatch batch = format.open(DATA.resolve("receipts.csv"), ImportOptions.defaults())) {
      assertThat(batch.description().measures().get(0).direction())
          .isEqualTo(org.yesan.model.Measure.Direction.REVENUE);
      List<Fact> facts = facts(batch);
      // 243 rows x 61 amount columns, 5,000 non-zero.
      assertThat(facts).hasSize(5_000);
      // Line 2 prints "-566,000" (thousands) in the 1990 column, despite the guide's promise.
      assertThat(facts.get(0).sourceLine()).isEqualTo(2);
      assertThat(facts.get(0).fiscalYear()).isEqualTo(FiscalYear.of(1990));
      assertThat(facts.get(0).amount()).isEqualByComparingTo("-566000000");
      assertThat(facts.get(0).members().get(1)).contains("Individual Income Taxes");
      // Published FY2015 receipts: 3,249,886 million.
      assertThat(total(facts, year(2015, "receipts"))).isEqualByComparingTo("3249886000000");
      assertThat(total(facts, year(2017, "receipts"))).isEqualByComparingTo("3643742000000");
    }
  }

  @Test
  void anEmptyAccountCodeIsAnAbsentMember() {
    try (SourceBatch batch = format.open(DATA.resolve("budauth.csv"), ImportOptions.defaults())) {
      Fact first = facts(batch).get(0);
      assertThat(first.sourceLine()).isEqualTo(2);
      assertThat(first.members().get(4)).isEqualTo(Optional.empty());
      assertThat(first.members().get(5)).contains("Receipts, Central fiscal operations");
    }
  }

  @Test
  void detectsEachTableByItsHeader() throws Exception {
    SourceFormats formats = new SourceFormats(List.of(format));
    Map<String, Integer> scores = new TreeMap<>();
    for (String name : List.of("budauth.csv", "outlays.csv", "receipts.csv")) {
      Path file = DATA.resolve(name);
      scores.put(name, format.detect(file, TextEncoding.head(file, 65536)));
      assertThat(formats.detect(file)).isSameAs(format);
    }
    assertThat(scores)
        .containsOnly(
            Map.entry("budauth.csv", 90),
            Map.entry("outlays.csv", 90),
            Map.entry("receipts.csv", 90));
    Path sourceText = DATA.resolve("SOURCE.txt");
    assertThat(format.detect(sourceText, Files.readAllBytes(sourceText))).isZero();
  }

  @Test
  void textInAYearColumnIsLocated() throws Exception {
    Path file = broken("year-column-text.csv");
    try (SourceBatch batch = format.open(file, ImportOptions.defaults())) {
      assertThatThrownBy(() -> facts(batch))
          .isInstanceOf(InputException.class)
          .hasMessage(
              file
                  + ":3:14: expected an amount in thousands of US dollars (digits, optional sign,"
                  + " commas and decimals), found 'n/a'");
    }
  }

  @Test
  void aShortRowIsLocated() throws Exception {
    Path file = broken("short-row.csv");
    try (SourceBatch batch = format.open(file, ImportOptions.defaults())) {
      assertThatThrownBy(() -> facts(batch))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ":3:14: expected 18 fields as in the header, found 14 fields");
    }
  }
}
