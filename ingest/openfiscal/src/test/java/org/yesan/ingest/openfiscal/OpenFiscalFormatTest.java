package org.yesan.ingest.openfiscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormats;
import org.yesan.ingest.TextEncoding;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;

class OpenFiscalFormatTest {

  @Test
  void out2018EnactedIsExactInWon() {
    List<Fact> facts = RealFiles.facts(RealFiles.openFiscal("out_2018.csv"));

    // python3: sum of 금년도예산(천원) over out_2018.csv = 368,646,277,167 천원, × 1000.
    assertThat(RealFiles.total(facts, "enacted")).isEqualTo(new BigDecimal("368646277167000"));
    // 추경국회확정 is 0 on every row of out_2018 (downloaded before the 2018 추경 passed).
    assertThat(facts).noneMatch(f -> f.stage().equals(Stage.supplementary(1)));
    assertThat(facts).allMatch(f -> f.measure().equals("expenditure"));
  }

  @Test
  void out2018FirstRowBecomesFactsWithAbsentSubAccount() {
    List<Fact> facts = RealFiles.facts(RealFiles.openFiscal("out_2018.csv"));

    assertThat(facts.get(0))
        .isEqualTo(
            new Fact(
                List.of(
                    Optional.of("대통령비서실 및 국가안보실"),
                    Optional.of("일반회계"),
                    Optional.empty(),
                    Optional.of("일반·지방행정"),
                    Optional.of("일반행정"),
                    Optional.of("기관운영"),
                    Optional.of("인건비")),
                FiscalYear.of(2018),
                Stage.ENACTED,
                "expenditure",
                FiscalYear.of(2018),
                new BigDecimal("37606155000"),
                2));
  }

  @Test
  void repeatedPathsAreDistinctFacts() {
    List<Fact> enacted =
        RealFiles.facts(RealFiles.openFiscal("out_2018.csv")).stream()
            .filter(f -> f.stage().equals(Stage.ENACTED))
            .filter(f -> f.members().get(6).equals(Optional.of("계정간거래")))
            .filter(f -> f.members().get(1).equals(Optional.of("우편사업특별회계")))
            .toList();

    // Lines 422 and 423 share every name (우편사업특별회계 손익계정 계정간거래) but are two source rows.
    assertThat(enacted)
        .extracting(Fact::sourceLine, Fact::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(422L, new BigDecimal("22954000000")),
            org.assertj.core.groups.Tuple.tuple(423L, new BigDecimal("143564000000")));
  }

  @Test
  void out2007HasNoSupplementaryFacts() {
    List<Fact> facts = RealFiles.facts(RealFiles.openFiscal("out_2007.csv"));

    assertThat(facts).noneMatch(f -> f.stage().isSupplementary());
    // python3: 2,804 data rows, one 금년도예산 fact each.
    assertThat(facts).hasSize(2804);
  }

  @Test
  void netExpenditure2018ProposalAndEnacted() {
    List<Fact> facts = RealFiles.facts(RealFiles.openFiscal("out_net_bud_2018.csv"));
    List<Fact> thisYear = facts.stream().filter(f -> f.fiscalYear().value() == 2018).toList();

    // python3: sums of 금년도정부안(천원) and 금년도국회확정(천원) over out_net_bud_2018.csv, × 1000.
    assertThat(RealFiles.total(thisYear, "proposal")).isEqualTo(new BigDecimal("330801419087000"));
    assertThat(RealFiles.total(thisYear, "enacted")).isEqualTo(new BigDecimal("330841352167000"));
    assertThat(facts).allMatch(f -> f.measure().equals("expenditure_net"));
  }

  @Test
  void previousYearEnactedIsReportedInTheFileYear() {
    List<Fact> restated =
        RealFiles.facts(RealFiles.openFiscal("out_net_bud_2018.csv")).stream()
            .filter(f -> f.fiscalYear().value() == 2017)
            .toList();

    assertThat(restated).hasSize(2336);
    assertThat(restated)
        .allSatisfy(
            f -> {
              assertThat(f.stage()).isEqualTo(Stage.ENACTED);
              assertThat(f.reportedIn()).isEqualTo(FiscalYear.of(2018));
            });
    // python3: sum of 전년도당초금액(천원) in out_net_bud_2018 × 1000; equals 2017's 금년도국회확정.
    assertThat(RealFiles.total(restated, "enacted")).isEqualTo(new BigDecimal("303143159102000"));
    // Line 2: 감사원 … 감사연구활동경비, 전년도당초금액 435000 천원.
    assertThat(restated.get(0).amount()).isEqualTo(new BigDecimal("435000000"));
    assertThat(restated.get(0).sourceLine()).isEqualTo(2);
  }

  @Test
  void netExpenditureRowsWithoutUnitProjectAreKept() {
    List<Fact> facts = RealFiles.facts(RealFiles.openFiscal("out_net_bud_2007.csv"));

    // python3: 317 rows of out_net_bud_2007 have an empty 단위사업명; 3 stage columns each.
    assertThat(facts.stream().filter(f -> f.members().get(6).isEmpty())).hasSize(317 * 3);
  }

  @Test
  void supplementaryRoundComesFromTheOptions() {
    List<Fact> facts =
        RealFiles.facts(
            RealFiles.openFiscal("out_2008.csv"),
            ImportOptions.defaults().withSupplementaryRound(2));

    assertThat(facts.stream().map(Fact::stage).distinct())
        .containsExactly(Stage.ENACTED, Stage.supplementaryProposal(2), Stage.supplementary(2));
    // python3: sum of 추경국회확정(천원) over out_2008.csv × 1000.
    assertThat(RealFiles.total(facts, "supplementary_2"))
        .isEqualTo(new BigDecimal("228185925774000"));
  }

  @Test
  void revenueUsesRevenueLevelsAndMeasures() {
    BatchDescription gross = describe(RealFiles.openFiscal("in_2018.csv"));
    BatchDescription net = describe(RealFiles.openFiscal("in_net_bud_2018.csv"));

    assertThat(gross.levels())
        .containsExactly(
            Level.MINISTRY,
            Level.ACCOUNT,
            Level.SUB_ACCOUNT,
            Level.REVENUE_SECTION,
            Level.REVENUE_ITEM,
            Level.REVENUE_SUBITEM);
    assertThat(gross.measures()).containsExactly(Measure.REVENUE);
    assertThat(net.measures()).containsExactly(Measure.REVENUE_NET);
    assertThat(gross.hierarchies()).extracting(h -> h.id()).containsExactly("revenue");
  }

  @Test
  void expenditureDescription() {
    BatchDescription d = describe(RealFiles.openFiscal("out_2018.csv"));

    assertThat(d.format()).isEqualTo("openfiscal");
    assertThat(d.suggestedDataset()).isEqualTo("kr-openfiscal");
    assertThat(d.currency()).isEqualTo("KRW");
    assertThat(d.country()).contains("KR");
    assertThat(d.sourceUnit()).isEqualTo(SourceUnit.THOUSAND_WON);
    assertThat(d.source()).isEqualTo("Open Fiscal Data Korea (열린재정, openfiscaldata.go.kr)");
    assertThat(d.levels())
        .containsExactly(
            Level.MINISTRY,
            Level.ACCOUNT,
            Level.SUB_ACCOUNT,
            Level.SECTOR,
            Level.SUBSECTOR,
            Level.PROGRAM,
            Level.UNIT_PROJECT);
    // The standard hierarchies, cut to the levels the file has (no 세부사업).
    assertThat(d.hierarchies().get(0).levelIds())
        .containsExactly("ministry", "account", "sub_account", "program", "unit_project");
    assertThat(d.hierarchies().get(1).levelIds()).containsExactly("sector", "subsector", "program");
  }

  @Test
  void program2019ExpenditureAndRevenueTotals() {
    List<Fact> out = RealFiles.facts(RealFiles.program2019("out.csv"));
    List<Fact> in = RealFiles.facts(RealFiles.program2019("in.csv"));

    // python3: sums of 금액_원안 and 수정금액_확정안 (원) over each file; equal for in and out.
    for (List<Fact> facts : List.of(out, in)) {
      assertThat(RealFiles.total(facts, "proposal")).isEqualTo(new BigDecimal("400363062000000"));
      assertThat(RealFiles.total(facts, "enacted")).isEqualTo(new BigDecimal("399769097900000"));
      assertThat(facts)
          .allSatisfy(
              f -> {
                assertThat(f.fiscalYear()).isEqualTo(FiscalYear.of(2019));
                assertThat(f.reportedIn()).isEqualTo(FiscalYear.of(2019));
              });
    }
    // 810 and 780 data rows, two stages each; subtotal and 증감액 columns are not facts.
    assertThat(out).hasSize(1620);
    assertThat(in).hasSize(1560);
    assertThat(out).allMatch(f -> f.measure().equals("expenditure"));
    assertThat(in).allMatch(f -> f.measure().equals("revenue"));
    assertThat(out.get(0).members())
        .containsExactly(
            Optional.of("대통령경호실 및 국가안보실"),
            Optional.of("일반회계"),
            Optional.empty(),
            Optional.of("일반.지방행정"),
            Optional.of("일반행정"),
            Optional.of("기관운영"));
    assertThat(out.get(0).amount()).isEqualTo(new BigDecimal("59874000000"));
  }

  @Test
  void program2019Description() {
    BatchDescription out = describe(RealFiles.program2019("out.csv"));
    BatchDescription in = describe(RealFiles.program2019("in.csv"));

    assertThat(out.sourceUnit()).isEqualTo(SourceUnit.WON);
    assertThat(out.measures()).containsExactly(Measure.EXPENDITURE);
    assertThat(in.measures()).containsExactly(Measure.REVENUE);
    assertThat(out.levels())
        .containsExactly(
            Level.MINISTRY,
            Level.ACCOUNT,
            Level.SUB_ACCOUNT,
            Level.SECTOR,
            Level.SUBSECTOR,
            Level.PROGRAM);
    assertThat(in.levels())
        .containsExactly(
            Level.MINISTRY,
            Level.ACCOUNT,
            Level.SUB_ACCOUNT,
            Level.REVENUE_SECTION,
            Level.REVENUE_ITEM);
    assertThat(out.licence()).isEqualTo("CC0 1.0 Universal");
  }

  @Test
  void detectsEveryRealFileByHeader() throws Exception {
    OpenFiscalFormat format = new OpenFiscalFormat();
    try (var files = java.nio.file.Files.list(RealFiles.openFiscal(""))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        assertThat(format.detect(f, TextEncoding.head(f, 64 * 1024)))
            .as(f.toString())
            .isEqualTo(95);
      }
    }
    for (String name : List.of("out.csv", "in.csv")) {
      Path f = RealFiles.program2019(name);
      assertThat(format.detect(f, TextEncoding.head(f, 64 * 1024))).isEqualTo(95);
    }
  }

  @Test
  void isInstalledForServiceLoader() {
    Path f = RealFiles.openFiscal("in_net_bud_2012.csv");

    assertThat(SourceFormats.installed().byId("openfiscal")).isInstanceOf(OpenFiscalFormat.class);
    assertThat(SourceFormats.installed().detect(f).id()).isEqualTo("openfiscal");
  }

  private static BatchDescription describe(Path file) {
    try (SourceBatch batch = new OpenFiscalFormat().open(file, ImportOptions.defaults())) {
      return batch.description();
    }
  }
}
