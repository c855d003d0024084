package org.yesan.ingest.mapped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;

class MappedCsvFormatTest {

  private static final Path DATA =
      Path.of(System.getProperty("yesan.shared", "/work/shared")).resolve("data");
  private static final Path KR_NET_2016 =
      DATA.resolve("kr-openfiscal-2007-2018/out_net_bud_2016.csv");
  private static final Path UK_CRA = DATA.resolve("fdp-uk-cra-sample/dataset.csv");

  private final MappedCsvFormat format = new MappedCsvFormat();

  @Test
  void koreanNetBudgetTotalsAreExactInWon() {
    List<Fact> facts = read(KR_NET_2016, resource("mappings/kr-out-net-bud-2016.mapping.json"));

    // 2,485 data rows × 3 amount columns, none of which is zero throughout.
    assertThat(facts).hasSize(7455);
    // Sums of the raw 천원 columns × 1000, from python3: csv.DictReader(encoding='cp949'),
    // sum(Decimal(row[column])) * 1000.
    assertThat(totals(facts))
        .containsExactly(
            Map.entry("2015 enacted (reported 2016)", new BigDecimal("286293784554000")),
            Map.entry("2016 enacted (reported 2016)", new BigDecimal("295720669374000")),
            Map.entry("2016 proposal (reported 2016)", new BigDecimal("295444663404000")));
  }

  @Test
  void koreanNetBudgetRowsKeepTheirLineAndEmptyMembers() {
    List<Fact> facts = read(KR_NET_2016, resource("mappings/kr-out-net-bud-2016.mapping.json"));

    // Line 2 is the first data row: 4·16세월호참사 특별조사위원회, 일반회계, no 계정명, 기본경비.
    assertThat(facts.get(0))
        .isEqualTo(
            new Fact(
                List.of(
                    Optional.of("4·16세월호참사 특별조사위원회"),
                    Optional.of("일반회계"),
                    Optional.empty(),
                    Optional.of("일반·지방행정"),
                    Optional.of("일반행정"),
                    Optional.of("기관운영"),
                    Optional.of("기본경비")),
                FiscalYear.of(2015),
                Stage.ENACTED,
                "expenditure_net",
                FiscalYear.of(2016),
                BigDecimal.ZERO,
                2));
    assertThat(facts.get(1).amount()).isEqualByComparingTo("2155537000");
    assertThat(facts.get(1).stage()).isEqualTo(Stage.PROPOSAL);
  }

  @Test
  void koreanNetBudgetDescription() {
    BatchDescription d =
        describe(KR_NET_2016, resource("mappings/kr-out-net-bud-2016.mapping.json"));

    assertThat(d.format()).isEqualTo("mapped");
    assertThat(d.suggestedDataset()).isEqualTo("kr-out-net-bud-2016");
    assertThat(d.currency()).isEqualTo("KRW");
    assertThat(d.sourceUnit()).isEqualTo(SourceUnit.THOUSAND_WON);
    assertThat(d.measures()).containsExactly(Measure.EXPENDITURE_NET);
    assertThat(d.levels())
        .containsExactly(
            Level.MINISTRY,
            Level.ACCOUNT,
            Level.SUB_ACCOUNT,
            Level.SECTOR,
            Level.SUBSECTOR,
            Level.PROGRAM,
            Level.UNIT_PROJECT);
    assertThat(d.hierarchies().get(1)).isEqualTo(org.yesan.model.Hierarchy.KR_FUNCTIONAL);
  }

  @Test
  void koreanNetBudget2016HasOneDuplicatedUnitProject() {
    // Lines 1193 and 1194 are both 미래창조과학부/일반회계/과학기술기반조성/연구성과확산지원; the second is all
    // zeros. Found with python3 by counting the seven classification columns per row.
    Path mapping = resource("mappings/kr-out-net-bud-2016-keyed.mapping.json");

    assertThatThrownBy(() -> read(KR_NET_2016, mapping))
        .isInstanceOf(InputException.class)
        .hasMessage(
            KR_NET_2016
                + ":1194: expected a row whose key (ministry, account, sub_account, sector,"
                + " subsector, program, unit_project, fiscal year) is unique, as"
                + " kr-out-net-bud-2016-keyed.mapping.json declares, found the same key as line"
                + " 1193");
  }

  @Test
  void supplementaryColumnsThatAreZeroThroughoutGiveNoFacts() {
    // 2014 had no supplementary budget: both 추경 columns of out_2014.csv are 0 on all 2,448 rows.
    // Sum of 금년도예산(천원) × 1000, from python3 as above.
    List<Fact> facts =
        read(
            DATA.resolve("kr-openfiscal-2007-2018/out_2014.csv"),
            resource("mappings/kr-out.mapping.json"));

    assertThat(facts).hasSize(2448);
    assertThat(totals(facts))
        .containsExactly(
            Map.entry("2014 enacted (reported 2014)", new BigDecimal("309692464444000")));
  }

  @Test
  void sameMappingReadsAYearWithASupplementaryBudget() {
    // out_2016.csv: 2,389 rows, every 추경 cell filled; sums × 1000 from python3 as above.
    List<Fact> facts =
        read(
            DATA.resolve("kr-openfiscal-2007-2018/out_2016.csv"),
            resource("mappings/kr-out.mapping.json"));

    assertThat(facts).hasSize(3 * 2389);
    assertThat(totals(facts))
        .containsExactly(
            Map.entry("2016 enacted (reported 2016)", new BigDecimal("330671628374000")),
            Map.entry("2016 supplementary_1 (reported 2016)", new BigDecimal("341946737374000")),
            Map.entry(
                "2016 supplementary_1_proposal (reported 2016)",
                new BigDecimal("341957454374000")));
  }

  @Test
  void ukRegionalAnalysisLongFormTotalsByYear() {
    List<Fact> facts = read(UK_CRA, resource("mappings/uk-cra-2010.mapping.json"));

    assertThat(facts).hasSize(2000);
    // From python3: csv.DictReader(encoding='utf-8'), sum(Decimal(row['amount'])) per time_year;
    // the whole file sums to 12008553000.04.
    assertThat(totals(facts))
        .containsExactly(
            Map.entry("2004 executed (reported 2010)", new BigDecimal("1908182000.03")),
            Map.entry("2005 executed (reported 2010)", new BigDecimal("2110579000.05")),
            Map.entry("2006 executed (reported 2010)", new BigDecimal("1865635000.00")),
            Map.entry("2007 executed (reported 2010)", new BigDecimal("1597333999.97")),
            Map.entry("2008 executed (reported 2010)", new BigDecimal("1535398000.00")),
            Map.entry("2009 executed (reported 2010)", new BigDecimal("1733990999.98")),
            Map.entry("2010 executed (reported 2010)", new BigDecimal("1257434000.01")));
    assertThat(facts.stream().map(Fact::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("12008553000.04");
    assertThat(facts.get(0).members())
        .containsExactly(
            Optional.of("Office of Gas and Electricity Markets"),
            Optional.of("OFGEM POST MERGER"),
            Optional.of("Running The Country, Social Systems"),
            Optional.of("Energy"),
            Optional.of("Unknown"),
            Optional.of("4. Economic affairs - of which: enterprise and economic development"),
            Optional.of("4.3 Fuel and energy"),
            Optional.of("SCOTLAND"),
            Optional.of("CAP"),
            Optional.of("CG"));
    assertThat(facts.get(0).amount()).isEqualByComparingTo("82144.46");
  }

  @Test
  void ukRegionalAnalysisDescription() {
    BatchDescription d = describe(UK_CRA, resource("mappings/uk-cra-2010.mapping.json"));

    assertThat(d.currency()).isEqualTo("GBP");
    assertThat(d.country()).contains("GB");
    assertThat(d.sourceUnit()).isEqualTo(new SourceUnit("gbp_x1", "pounds", BigDecimal.ONE));
    assertThat(d.measures())
        .containsExactly(
            new Measure(
                "identifiable_expenditure",
                "identifiable expenditure",
                "identifiable expenditure",
                Measure.Direction.EXPENDITURE,
                Measure.Basis.AS_REPORTED));
    assertThat(d.levels()).hasSize(10);
    assertThat(d.levels().get(4)).isEqualTo(new Level("cofog3", "cofog3_label", "COFOG class"));
  }

  @Test
  void siblingMappingIsFoundAndDetected() {
    Path csv = resource("sibling/tiny.csv");

    assertThat(format.detect(csv, TextEncoding.head(csv, 100))).isEqualTo(50);
    assertThat(SourceFormats.installed().detect(csv)).isInstanceOf(MappedCsvFormat.class);

    List<Fact> facts = read(csv, ImportOptions.defaults());
    FiscalYear y = FiscalYear.of(2024);
    assertThat(facts)
        .containsExactly(
            fact("교육부", "초등교육", y, Stage.PROPOSAL, "1200000", 2),
            fact("교육부", "초등교육", y, Stage.ENACTED, "1250000", 2),
            fact("교육부", "중등교육", y, Stage.PROPOSAL, "800000", 3),
            fact("교육부", "중등교육", y, Stage.ENACTED, "800000", 3),
            fact("국방부", null, y, Stage.PROPOSAL, "500000", 4),
            fact("국방부", null, y, Stage.ENACTED, "-20000", 4));
  }

  @Test
  void noSiblingMappingMeansNotDetected() {
    Path csv = resource("broken/no-mapping.csv");

    assertThat(format.detect(csv, TextEncoding.head(csv, 100))).isZero();
    assertThatThrownBy(() -> format.open(csv, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            csv
                + ": expected a mapping file (give one with --mapping, or put one at "
                + csv
                + ".mapping.json), found none");
  }

  @Test
  void longFormMapsStageValuesAndAcceptsStageIds() {
    List<Fact> facts = read(resource("sibling/tiny-long.csv"), ImportOptions.defaults());

    assertThat(facts)
        .extracting(
            f -> f.fiscalYear() + " " + f.stage() + " " + f.amount() + " @" + f.sourceLine())
        .containsExactly(
            "2024 enacted 100000 @2", "2024 executed 1090500.0 @3", "2023 final -3000 @4");
    assertThat(facts.get(2).reportedIn()).isEqualTo(FiscalYear.of(2023));
  }

  @Test
  void tabDelimiterAndFactorUnit() {
    Path csv = resource("sibling/tabs.tsv");

    assertThat(read(csv, ImportOptions.defaults()))
        .extracting(f -> f.members().get(0).orElseThrow() + " " + f.amount().toPlainString())
        .containsExactly("Health 1000000", "Defence 250250.00");
    try (SourceBatch batch = format.open(csv, ImportOptions.defaults())) {
      assertThat(batch.description().sourceUnit())
          .isEqualTo(new SourceUnit("usd_x1000", "thousands of dollars", new BigDecimal("1000")));
    }
  }

  @Test
  void encodingOptionOverridesTheMapping() {
    // The mapping says UTF-8 but the file is CP949: refused unless the caller forces CP949.
    Path csv = resource("sibling/tiny-cp949.csv");

    assertThatThrownBy(() -> read(csv, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(csv + ":1: expected text in UTF-8, found bytes that are not valid");
    assertThat(read(csv, ImportOptions.defaults().withEncoding(TextEncoding.CP949)))
        .hasSize(6)
        .first()
        .extracting(f -> f.members().get(0))
        .isEqualTo(Optional.of("교육부"));
  }

  @Test
  void missingFilesAreNamed() {
    Path csv = resource("sibling/tiny.csv");
    Path nowhere = csv.resolveSibling("nowhere.mapping.json");

    assertThatThrownBy(() -> read(csv, nowhere))
        .isInstanceOf(InputException.class)
        .hasMessage(nowhere + ": expected a readable mapping file, found no such file");
    assertThatThrownBy(() -> read(csv.resolveSibling("nowhere.csv"), ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            csv.resolveSibling("nowhere.csv") + ": expected a readable file, found no such file");
  }

  @Test
  void mappingReferencesAMissingColumn() {
    assertBroken(
        "missing-column",
        mapping("missing-column")
            + ":9:34: expected a column of the header of missing-column.csv (연도, 소관, 프로그램, 정부안,"
            + " 확정), found '부처'");
  }

  @Test
  void amountColumnWithText() {
    assertBroken(
        "amount-text",
        csv("amount-text")
            + ":3:5: expected an amount in 천원 (digits, optional sign, commas and decimals), found"
            + " '미정'");
  }

  @Test
  void duplicatedDeclaredKey() {
    assertBroken(
        "duplicate-key",
        csv("duplicate-key")
            + ":4: expected a row whose key (ministry, program, fiscal year) is unique, as"
            + " duplicate-key.csv.mapping.json declares, found the same key as line 2");
  }

  @Test
  void unknownUnit() {
    assertBroken(
        "unknown-unit",
        mapping("unknown-unit")
            + ":5:11: expected a unit (won, thousand_won, million_won, hundred_million_won,"
            + " trillion_won) or {\"factor\": \"1000\"}, found 'thousand_wons'");
  }

  @Test
  void koreanUnitForAnotherCurrency() {
    assertBroken(
        "unit-of-other-currency",
        mapping("unit-of-other-currency")
            + ":5:11: expected a unit of USD such as {\"factor\": \"1000\"}, found 'thousand_won',"
            + " a unit of KRW");
  }

  @Test
  void malformedJson() {
    assertBroken(
        "malformed-json",
        mapping("malformed-json")
            + ":17:3: expected a valid value (JSON String, Number, Array, Object or token 'null',"
            + " 'true' or 'false'), found ']'");
  }

  @Test
  void tooFewFieldsInARow() {
    assertBroken(
        "too-few-fields",
        csv("too-few-fields") + ":3:4: expected 5 fields as in the header, found 4 fields");
  }

  @Test
  void unknownProperty() {
    assertBroken(
        "unknown-property",
        mapping("unknown-property")
            + ":3:3: expected a property of the mapping (dataset, title, country, currency, unit,"
            + " source, licence, encoding, delimiter, levels, hierarchies, measure, fiscal_year,"
            + " reported_in, amounts, amount, stage, key), found 'titel'");
  }

  @Test
  void invalidLevelId() {
    assertBroken(
        "invalid-level-id",
        mapping("invalid-level-id")
            + ":10:12: expected a level id of lowercase letters, digits and '_', starting with a"
            + " letter, found 'Program'");
  }

  @Test
  void unknownStage() {
    assertBroken(
        "unknown-stage",
        mapping("unknown-stage")
            + ":16:31: expected a stage (proposal, enacted, supplementary_N,"
            + " supplementary_N_proposal, final, executed), found 'approved'");
  }

  @Test
  void keyNamesAnUndeclaredLevel() {
    assertBroken(
        "key-unknown-level",
        mapping("key-unknown-level")
            + ":18:23: expected a level id declared in \"levels\" (ministry, program), found"
            + " 'project'");
  }

  @Test
  void yearThatIsNotAYear() {
    assertBroken(
        "bad-year",
        csv("bad-year") + ":3:1: expected a fiscal year such as 2016 (1900 to 2200), found '24년'");
  }

  @Test
  void stageValueNeitherMappedNorAStage() {
    assertBroken(
        "unmapped-stage-value",
        csv("unmapped-stage-value")
            + ":3:3: expected a stage (proposal, enacted, supplementary_N, supplementary_N_proposal,"
            + " final, executed) or a value mapped in unmapped-stage-value.csv.mapping.json"
            + " (adjusted, approved), found 'spent'");
  }

  private void assertBroken(String name, String message) {
    assertThatThrownBy(() -> read(csv(name), ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  private static Path csv(String name) {
    return resource("broken/" + name + ".csv");
  }

  private static Path mapping(String name) {
    return resource("broken/" + name + ".csv.mapping.json");
  }

  private static Fact fact(
      String ministry, String program, FiscalYear year, Stage stage, String amount, long line) {
    return new Fact(
        List.of(Optional.of(ministry), Optional.ofNullable(program)),
        year,
        stage,
        "expenditure",
        year,
        new BigDecimal(amount),
        line);
  }

  private List<Fact> read(Path csv, Path mapping) {
    return read(csv, ImportOptions.defaults().withMapping(mapping));
  }

  private List<Fact> read(Path csv, ImportOptions options) {
    List<Fact> facts = new ArrayList<>();
    try (SourceBatch batch = format.open(csv, options)) {
      batch.forEach(facts::add);
    }
    return facts;
  }

  private BatchDescription describe(Path csv, Path mapping) {
    try (SourceBatch batch = format.open(csv, ImportOptions.defaults().withMapping(mapping))) {
      return batch.description();
    }
  }

  private static Map<String, BigDecimal> totals(List<Fact> facts) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    for (Fact f : facts) {
      totals.merge(
          f.fiscalYear() + " " + f.stage() + " (reported " + f.reportedIn() + ")",
          f.amount(),
          BigDecimal::add);
    }
    return totals;
  }

  private static Path resource(String name) {
    try {
      return Path.of(MappedCsvFormatTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
