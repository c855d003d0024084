package org.yesan.ingest.fdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.Stage;

class FiscalDataPackageFormatTest {

  private static final Path DATA =
      Path.of(System.getProperty("yesan.shared", "/work/shared")).resolve("data");

  private final FiscalDataPackageFormat format = new FiscalDataPackageFormat();

  private static List<Fact> facts(SourceBatch batch) {
    List<Fact> facts = new ArrayList<>();
    batch.forEach(facts::add);
    return facts;
  }

  private static BigDecimal total(List<Fact> facts, Predicate<Fact> which) {
    return facts.stream().filter(which).map(Fact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Predicate<Fact> at(int year, Stage stage) {
    return f -> f.fiscalYear().value() == year && f.stage().equals(stage);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(FiscalDataPackageFormatTest.class.getResource("/" + name).toURI());
  }

  private SourceBatch open(Path file) {
    return format.open(file, ImportOptions.defaults());
  }

  @Test
  void australianBudgetYearColumnsBecomeYearsAndStages() {
    try (SourceBatch batch = open(DATA.resolve("fdp-au-budget-2015-16/datapackage.json"))) {
      BatchDescription d = batch.description();
      assertThat(d.suggestedDataset()).isEqualTo("au-budget");
      assertThat(d.currency()).isEqualTo("AUD");
      assertThat(d.sourceUnit().factor()).isEqualByComparingTo("1000");
      assertThat(d.levels().stream().map(Level::id))
          .containsExactly(
              "portfolio",
              "department_agency",
              "outcome",
              "program",
              "expense_type",
              "appropriation_type",
              "description");
      assertThat(d.levels().get(1).labelEn()).isEqualTo("Department/Agency");
      assertThat(d.measures().stream().map(Measure::id)).containsExactly("expenditure_as_reported");
      List<Fact> facts = facts(batch);
      // python3 csv: 1,608 records x 5 year columns = 8,040 cells, less 18 'nfp' and 32 empty.
      assertThat(facts).hasSize(7_990);
      assertThat(facts).allMatch(f -> f.reportedIn().equals(FiscalYear.of(2016)));
      // Each column summed (grouped "85,817" read as 85817, '-' as nil) and multiplied by 1000.
      assertThat(total(facts, at(2015, Stage.ENACTED))).isEqualByComparingTo("450521878687.746");
      assertThat(total(facts, at(2016, Stage.PROPOSAL))).isEqualByComparingTo("451289929780.131");
      assertThat(total(facts, at(2017, Stage.PROPOSAL))).isEqualByComparingTo("472043966481.955");
      assertThat(total(facts, at(2018, Stage.PROPOSAL))).isEqualByComparingTo("488282845959.493");
      assertThat(total(facts, at(2019, Stage.PROPOSAL))).isEqualByComparingTo("511524122373.805");
      assertThat(facts.stream().map(Fact::stage).distinct())
          .containsExactlyInAnyOrder(Stage.ENACTED, Stage.PROPOSAL);
      // The first record: AASB departmental expenses, 4,706 thousand in 2014-15.
      Fact first = facts.get(0);
      assertThat(first.sourceLine()).isEqualTo(2);
      assertThat(first.fiscalYear()).isEqualTo(FiscalYear.of(2015));
      assertThat(first.amount()).isEqualByComparingTo("4706000");
      assertThat(first.members().get(1)).contains("Australian Accounting Standards Board (AASB)");
      assertThat(first.members().get(6)).isEqualTo(Optional.empty());
    }
  }

  @Test
  void moldovaPhasesAreStagesOfOneMeasureWithTheirOwnFactors() {
    try (SourceBatch batch = open(DATA.resolve("fdp-moldova-boost-2014-sample/datapackage.json"))) {
      BatchDescription d = batch.description();
      assertThat(d.suggestedDataset()).isEqualTo("boost-moldova");
      assertThat(d.country()).contains("MD");
      assertThat(d.currency()).isEqualTo("MDL");
      assertThat(d.licence()).isEqualTo("PDDL-1.0");
      assertThat(d.levels()).hasSize(22);
      assertThat(d.levels().stream().map(Level::id))
          .startsWith("func1_code", "func1_label", "func2_code", "func2_label", "econ1_code")
          .endsWith("admin6_code", "admin6_label", "fin_source", "exp_type", "transfer");
      assertThat(d.hierarchies().stream().map(Hierarchy::id))
          .containsExactly(
              "functional_classification",
              "economic_classification",
              "administrative_classification");
      assertThat(d.hierarchies().get(2).levelIds())
          .containsExactly(
              "admin1", "admin2_code", "admin3_code", "admin4_code", "admin5_code", "admin6_code");
      List<Fact> facts = facts(batch);
      // 2,000 rows (the copy is truncated; the descriptor's bytes describe 69 MB) x 3 measures.
      assertThat(facts).hasSize(6_000);
      assertThat(facts).allMatch(f -> f.reportedIn().equals(FiscalYear.of(2014)));
      // Column sums: approved x 1000, adjusted x 1, executed x 100, as the descriptor's factors
      // say.
      assertThat(total(facts, at(2014, Stage.ENACTED))).isEqualByComparingTo("730448500000");
      assertThat(total(facts, at(2014, Stage.FINAL))).isEqualByComparingTo("779486656.62");
      assertThat(total(facts, at(2014, Stage.EXECUTED))).isEqualByComparingTo("73828820178.00");
    }
  }

  @Test
  void ukCountryRegionalAnalysisReadsYearsFromTheTimeDimension() {
    try (SourceBatch batch = open(DATA.resolve("fdp-uk-cra-sample/datapackage.json"))) {
      BatchDescription d = batch.description();
      assertThat(d.suggestedDataset()).isEqualTo("ukgov-finances-cra");
      assertThat(d.country()).contains("GB");
      assertThat(d.currency()).isEqualTo("GBP");
      assertThat(d.levels().stream().map(Level::id))
          .containsExactly(
              "cofog1",
              "cofog1_label",
              "region",
              "region_label",
              "cofog2",
              "cofog2_label",
              "pog",
              "pog_label",
              "hmt1",
              "hmt1_label",
              "cap_or_cur",
              "cap_or_cur_label",
              "to",
              "to_label",
              "from",
              "from_label",
              "cofog3",
              "cofog3_label",
              "cg_lg_or_pc",
              "cg_lg_or_pc_label",
              "hmt2",
              "hmt2_label",
              "unique_id");
      List<Fact> facts = facts(batch);
      assertThat(facts).hasSize(2_000);
      // Column amount summed per time_year with python3.
      assertThat(total(facts, at(2004, Stage.EXECUTED))).isEqualByComparingTo("1908182000.03");
      assertThat(total(facts, at(2007, Stage.EXECUTED))).isEqualByComparingTo("1597333999.97");
      assertThat(total(facts, at(2010, Stage.EXECUTED))).isEqualByComparingTo("1257434000.01");
      assertThat(total(facts, f -> true)).isEqualByComparingTo("12008553000.04");
      assertThat(facts.get(0).members().get(0)).contains("04");
      assertThat(facts.get(0).members().get(1)).contains("Running The Country, Social Systems");
    }
  }

  @Test
  void version1ColumnTypesAndNormalizedPhases() throws Exception {
    try (SourceBatch batch = open(resource("v1/datapackage.json"))) {
      BatchDescription d = batch.description();
      assertThat(d.suggestedDataset()).isEqualTo("smith-family-budget-v1-0");
      assertThat(d.currency()).isEqualTo("KRW");
      assertThat(d.licence()).isEqualTo("CC0-1.0");
      assertThat(d.levels().stream().map(Level::id))
          .containsExactly("ministry", "ministry_name", "office");
      assertThat(d.hierarchies())
          .containsExactly(
              new Hierarchy(
                  "administrative_classification",
                  "administrative-classification",
                  "administrative-classification",
                  List.of("ministry", "office")));
      List<Fact> facts = facts(batch);
      assertThat(facts)
          .extracting(
              f -> f.sourceLine() + " " + f.fiscalYear() + " " + f.stage() + " " + f.amount())
          .containsExactly(
              "2 2018 enacted 1200000",
              "2 2018 executed 1100000",
              "3 2018 enacted 3400000",
              "4 2019 enacted 250500.0",
              "4 2019 executed 0");
      assertThat(facts.get(0).members())
          .containsExactly(Optional.of("01"), Optional.of("교육부"), Optional.of("010"));
    }
  }

  @Test
  void detectsDescriptorsByName() {
    SourceFormats formats = new SourceFormats(List.of(format));
    for (String p :
        List.of(
            "fdp-au-budget-2015-16/datapackage.json",
            "fdp-moldova-boost-2014-sample/datapackage.json",
            "fdp-uk-cra-sample/datapackage.json")) {
      Path file = DATA.resolve(p);
      assertThat(format.detect(file, TextEncoding.head(file, 65536))).isEqualTo(95);
      assertThat(formats.detect(file)).isSameAs(format);
    }
    Path csv = DATA.resolve("fdp-uk-cra-sample/dataset.csv");
    assertThat(format.detect(csv, TextEncoding.head(csv, 65536))).isZero();
  }

  @Test
  void aDescriptorThatIsNotJsonIsLocated() throws Exception {
    Path file = resource("broken/not-json/datapackage.json");
    assertThat(format.detect(file, new byte[0])).isEqualTo(50);
    assertThatThrownBy(() -> open(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":4:27: expected a JSON data package descriptor, found Unexpected character"
                + " (',' (code 44)): was expecting double-quote to start field name");
  }

  @Test
  void aMissingResourceFileIsNamed() throws Exception {
    Path file = resource("broken/missing-resource/datapackage.json");
    assertThatThrownBy(() -> open(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": expected a resource file at 'data/nowhere.csv', found no such file");
  }

  @Test
  void textInAMeasureColumnIsLocatedInTheCsv() throws Exception {
    Path file = resource("broken/text-in-measure/datapackage.json");
    Path csv = file.resolveSibling("budget.csv");
    try (SourceBatch batch = open(file)) {
      assertThatThrownBy(() -> facts(batch))
          .isInstanceOf(InputException.class)
          .hasMessage(
              csv
                  + ":3:2: expected an amount in KRW (digits, optional sign, commas and decimals),"
                  + " found '12O0'");
    }
  }

  @Test
  void aMissingDeclaredColumnIsNamed() throws Exception {
    Path file = resource("broken/missing-column/datapackage.json");
    Path csv = file.resolveSibling("budget.csv");
    assertThatThrownBy(() -> open(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            csv
                + ":1: expected a column named 'amount' as declared in datapackage.json, found a"
                + " header without it");
  }

  @Test
  void fiscalYearColumnsAreNamedByTheYearTheyEnd() {
    assertThat(PackageDescriptor.yearOf("2015-16")).contains(FiscalYear.of(2016));
    assertThat(PackageDescriptor.yearOf("1999-00")).contains(FiscalYear.of(2000));
    assertThat(PackageDescriptor.yearOf("2015/2016")).contains(FiscalYear.of(2016));
    assertThat(PackageDescriptor.yearOf("2014")).contains(FiscalYear.of(2014));
    assertThat(PackageDescriptor.yearOf("2015-17")).isEmpty();
    assertThat(PackageDescriptor.yearOf("Portfolio")).isEmpty();
  }
}
