package org.yesan.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;

/** The 2012 → 2013 pair (the year of the 2013 reorganisation) on the real 열린재정 files. */
class RealPairTest {

  private static DuckDbFactStore store;

  static Path shared() {
    return Path.of(System.getProperty("yesan.shared", "/work/shared"));
  }

  @BeforeAll
  static void importFiles() {
    Path dir = shared().resolve("data/kr-openfiscal-2007-2018");
    store = DuckDbFactStore.inMemory();
    SourceFormats formats = SourceFormats.installed();
    List<ImportInput> inputs = new ArrayList<>();
    for (String name :
        List.of("out_2012.csv", "out_2013.csv", "out_net_bud_2012.csv", "out_net_bud_2013.csv")) {
      Path f = dir.resolve(name);
      SourceFormat sf = formats.detect(f);
      inputs.add(
          new ImportInput(
              f, sf.id(), sha256(f), sf.open(f, ImportOptions.defaults()), Optional.empty()));
    }
    store.importFiles(inputs, ImportProgress.NONE);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static String sha256(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private final StoreLineSource source =
      new StoreLineSource(store, "kr-openfiscal", "unit_project");

  @Test
  void linesAreReadAtTheUnitProjectLevel() {
    YearLines y2012 = source.lines("expenditure", Stage.ENACTED, FiscalYear.of(2012));
    YearLines y2013 = source.lines("expenditure", Stage.ENACTED, FiscalYear.of(2013));
    // python3 on the raw files: distinct (소관..단위사업) tuples and sum of 금년도예산 × 1000
    assertThat(y2012.size()).isEqualTo(2372);
    assertThat(y2013.size()).isEqualTo(2473);
    assertThat(y2012.total()).isEqualByComparingTo("282687336883000");
    assertThat(y2013.total()).isEqualByComparingTo("298405676810000");
  }

  @Test
  void linksOf2012To2013() {
    YearLines y2012 = source.lines("expenditure", Stage.ENACTED, FiscalYear.of(2012));
    YearLines y2013 = source.lines("expenditure", Stage.ENACTED, FiscalYear.of(2013));
    assertThat(source.hasRestatement("expenditure_net", Stage.ENACTED, FiscalYear.of(2013)))
        .isTrue();
    Restatement r = source.restatement("expenditure_net", Stage.ENACTED, FiscalYear.of(2013));
    YearLinks links = new YearLinker(LinkSettings.defaults()).link(y2012, y2013, Optional.of(r));
    // exact 1965 and zero 95: python3 (set intersection of paths; rows with 금년도예산 = 0, which
    // are the new ministries' placeholders of the 2013 reorganisation). The other counts are the
    // linker's, spot-checked by hand in docs/linking.md.
    assertThat(links.count(LinkKind.EXACT)).isEqualTo(1965);
    assertThat(links.zeroTo()).hasSize(95);
    assertThat(links.zeroFrom()).isEmpty();
    assertThat(links.count(LinkKind.MOVED)).isEqualTo(33);
    assertThat(links.count(LinkKind.SIMILAR_NAME)).isEqualTo(252);
    assertThat(links.count(LinkKind.RESTATED)).isEqualTo(16);
    assertThat(links.count(LinkKind.SPLIT)).isZero();
    assertThat(links.count(LinkKind.MERGE)).isEqualTo(15);
    PairSummary s = PairSummary.of(links, y2012, y2013);
    assertThat(s.from().unlinked()).isEqualTo(91);
    assertThat(s.from().unlinkedAmount()).isEqualByComparingTo("3028962181000");
    assertThat(s.to().unlinked()).isEqualTo(107);
    assertThat(s.to().unlinkedAmount()).isEqualByComparingTo("2631483633000");
    assertThat(s.from().lineShare()).isEqualByComparingTo("96.2");
    assertThat(s.from().moneyShare()).isEqualByComparingTo("98.9");
    // all 32 lines of 국무총리실 continue under 국무조정실 및 국무총리비서실 (python3: same program and
    // unit names, one line each side)
    assertThat(
            links.links().stream()
                .filter(l -> l.kind() == LinkKind.MOVED)
                .filter(l -> l.from().member(0).equals("국무총리실"))
                .filter(l -> l.to().member(0).equals("국무조정실 및 국무총리비서실")))
        .hasSize(32);
  }

  @Test
  void restatementHelps() {
    YearLines y2012 = source.lines("expenditure", Stage.ENACTED, FiscalYear.of(2012));
    YearLines y2013 = source.lines("expenditure", Stage.ENACTED, FiscalYear.of(2013));
    Restatement r = source.restatement("expenditure_net", Stage.ENACTED, FiscalYear.of(2013));
    YearLinks without =
        new YearLinker(LinkSettings.defaults().withoutRestatement())
            .link(y2012, y2013, Optional.of(r));
    PairSummary s = PairSummary.of(without, y2012, y2013);
    assertThat(without.count(LinkKind.RESTATED)).isZero();
    assertThat(s.from().unlinked()).isEqualTo(114);
  }

  @Test
  void aSeriesFollowsTheRenamedMinistry() {
    LinkRun run =
        LinkRun.of(
            source,
            "expenditure",
            Stage.ENACTED,
            Optional.of("expenditure_net"),
            FiscalYear.of(2012),
            FiscalYear.of(2013),
            LinkSettings.defaults(),
            Optional.empty());
    Series s =
        run.series()
            .seriesOf(
                FiscalYear.of(2013),
                "국무조정실 및 국무총리비서실 > 일반회계 > 일반공공행정 > 국정운영 > 국무총리실 행정지원 > 국가적중장기 추진과제 지원")
            .orElseThrow();
    assertThat(s.lines()).hasSize(2);
    assertThat(s.id()).startsWith("2012:국무총리실 > ");
  }
}
