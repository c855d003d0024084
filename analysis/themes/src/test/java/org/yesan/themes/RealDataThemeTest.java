package org.yesan.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.SourceFormats;
import org.yesan.query.Cut;
import org.yesan.query.FactsQuery;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;

/**
 * Themes applied to real 열린재정 files. Expected values were computed with python3 over the raw CP949
 * CSVs (금년도예산 × 1000, rows selected by the same rules written out by hand: sector 국방, or ministry
 * 국방부/방위사업청/병무청 without 군인연금, or 방산/국방/방위/병무/군사시설 in program or unit names outside 한방산/지방산/민방위,
 * with 민군겸용 at half).
 */
class RealDataThemeTest {

  private static DuckDbFactStore store;

  @BeforeAll
  static void importFiles() throws IOException, NoSuchAlgorithmException {
    Path dir =
        Path.of(System.getProperty("yesan.shared", "/work/shared"))
            .resolve("data/kr-openfiscal-2007-2018");
    store = DuckDbFactStore.inMemory();
    SourceFormats formats = SourceFormats.installed();
    List<ImportInput> inputs = new ArrayList<>();
    for (String name : List.of("out_2010.csv", "out_2018.csv")) {
      Path f = dir.resolve(name);
      SourceFormat sf = formats.detect(f);
      String sha =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
      inputs.add(
          new ImportInput(f, sf.id(), sha, sf.open(f, ImportOptions.defaults()), Optional.empty()));
    }
    try {
      store.importFiles(inputs, ImportProgress.NONE);
    } finally {
      for (ImportInput in : inputs) {
        in.batch().close();
      }
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static ThemeResult apply(String theme) {
    return ThemeTally.apply(
        store, ThemeCatalog.builtIn().require(theme), FactsQuery.of("kr-openfiscal"), true);
  }

  @Test
  void defenceTotalsPerSlice() {
    ThemeResult r = apply("defence");
    // python3: out_2018.csv, 105 rows, sum 44,511,952,067 천원
    assertThat(r.total("expenditure", 2018, "enacted").orElseThrow())
        .extracting(t -> t.amount().toPlainString(), ThemeTotal::lines)
        .containsExactly("44511952067000", 105L);
    // the 2018 추경 columns were downloaded before the supplementary budget was final: only the
    // 방산물자 line has a figure, every 국방 line is 0
    assertThat(r.amount("expenditure", 2018, "supplementary_1_proposal"))
        .isEqualByComparingTo("720000000");
    // python3: out_2010.csv, 122 rows; includes half of 민군겸용기술향상(R&D) 10,630,000 천원
    assertThat(r.amount("expenditure", 2010, "enacted")).isEqualByComparingTo("30794142936000");
    assertThat(r.total("expenditure", 2018, "enacted").orElseThrow().outOf())
        .isEqualByComparingTo("368646277167000");
    assertThat(r.totals())
        .extracting(t -> t.measure() + " " + t.fiscalYear() + " " + t.stage())
        .containsExactly(
            "expenditure 2010 enacted",
            "expenditure 2018 enacted",
            "expenditure 2018 supplementary_1_proposal");
    assertThat(r.outOfScope()).isZero();
  }

  @Test
  void defenceByMinistry() {
    ThemeResult r = apply("defence");
    assertThat(r.groupLevel()).contains("ministry");
    assertThat(
            r.byGroup().stream()
                .filter(t -> t.fiscalYear().value() == 2018 && t.stage().id().equals("enacted")))
        .extracting(
            t -> t.group().orElseThrow() + "=" + t.amount().toPlainString() + "/" + t.lines())
        .containsExactly(
            "국방부=30769292477000/69",
            "방위사업청=13520291991000/25",
            "병무청=221647599000/10",
            "산업통상자원부=720000000/1");
  }

  @Test
  void defenceEvidenceForLinesCheckedByHand() {
    ThemeResult r = apply("defence");
    TaggedLine trade =
        r.lines().stream()
            .filter(
                t ->
                    t.line().sourceFile().endsWith("out_2018.csv")
                        && t.line().sourceLine() == 953
                        && t.line().stage().id().equals("enacted"))
            .findFirst()
            .orElseThrow();
    assertThat(trade.line().path())
        .isEqualTo("산업통상자원부 > 일반회계 > 산업·중소기업및에너지 > 산업진흥·고도화 > 주력산업진흥 > 방산물자교역지원센터운영");
    assertThat(trade.evidence().ruleId()).isEqualTo("defence-terms");
    assertThat(trade.evidence().level()).isEqualTo("unit_project");
    assertThat(trade.evidence().matched()).isEqualTo("방산");
    assertThat(trade.evidence().rule()).isEqualTo("themes/defence.theme.json:38");
    assertThat(trade.themeAmount()).isEqualByComparingTo("720000000");

    TaggedLine dualUse =
        r.lines().stream()
            .filter(
                t -> t.line().sourceFile().endsWith("out_2010.csv") && t.line().sourceLine() == 946)
            .findFirst()
            .orElseThrow();
    assertThat(dualUse.evidence().ruleId()).isEqualTo("dual-use-technology");
    assertThat(dualUse.line().amount()).isEqualByComparingTo("10630000000");
    assertThat(dualUse.themeAmount()).isEqualByComparingTo("5315000000");

    // out_2018.csv:715 민방위사태대응능력강화 (13,114,000 천원) is civil defence
    assertThat(r.excluded())
        .filteredOn(x -> x.line().sourceFile().endsWith("out_2018.csv"))
        .extracting(
            x ->
                x.line().sourceLine()
                    + " "
                    + x.line().stage().id()
                    + " "
                    + x.rule()
                    + " "
                    + x.exclusion().ruleId()
                    + " "
                    + x.line().amount().toPlainString())
        .containsExactly(
            "715 enacted defence-terms civil-defence 13114000000",
            "716 enacted defence-terms civil-defence 1725000000",
            "715 supplementary_1_proposal defence-terms civil-defence 13114000000",
            "716 supplementary_1_proposal defence-terms civil-defence 1725000000");
  }

  @Test
  void aiFindsNothingAtUnitProjectLevelAndIsNotFooledByAid() {
    ThemeResult r =
        ThemeTally.apply(
            store,
            ThemeCatalog.builtIn().require("ai"),
            FactsQuery.of("kr-openfiscal").withCut(Cut.of("fiscal_year", "2010")),
            true);
    assertThat(r.totals()).isEmpty();
    assertThat(r.lines()).isEmpty();
    assertThat(r.excluded()).isEmpty();
    // out_2010.csv has 2,387 rows; enacted only, the 추경 columns are zero throughout in 2010
    assertThat(r.linesRead()).isEqualTo(2387);
    assertThat(r.untagged()).isEqualTo(2387);
  }
}
