package org.yesan.ingest.headline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/** Reads data/kr-total-expenditure.csv, from disk, from the class path and from a jar. */
class HeadlineCsvFormatTest {

  private final HeadlineCsvFormat format = new HeadlineCsvFormat();

  private static List<Fact> facts(SourceBatch batch) {
    List<Fact> facts = new ArrayList<>();
    try (batch) {
      batch.forEach(facts::add);
    }
    return facts;
  }

  private List<Fact> fromDisk() {
    return facts(format.open(Locations.dataFile(), ImportOptions.defaults()));
  }

  private static BigDecimal sum(List<Fact> facts, String measure) {
    return facts.stream()
        .filter(f -> f.measure().equals(measure))
        .map(Fact::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static boolean isPercent(Fact f) {
    return HeadlineMeasure.byId(f.measure()).orElseThrow().measure().quantity()
        == Measure.Quantity.PERCENT;
  }

  @Test
  void readsEveryRowAsOneFactMoneyInWholeWonAndRatiosAsPublished() {
    List<Fact> facts = fromDisk();
    // python3 csv over data/kr-total-expenditure.csv: 477 rows, 54 totals, 160 sector figures,
    // 71 ratios (41 debt, 30 balance), 67 at a supplementary stage, 43 restated in a later budget
    assertThat(facts).hasSize(477);
    assertThat(facts.stream().filter(f -> f.measure().equals("total_expenditure"))).hasSize(54);
    assertThat(facts.stream().filter(HeadlineCsvFormatTest::isPercent)).hasSize(71);
    assertThat(facts)
        .filteredOn(f -> !isPercent(f))
        .allSatisfy(f -> assertThat(f.amount().scale()).isZero());
    // ratios keep the one decimal they were published with
    assertThat(facts)
        .filteredOn(HeadlineCsvFormatTest::isPercent)
        .allSatisfy(f -> assertThat(f.amount().scale()).isEqualTo(1));
    // sum(Decimal(amount)) * 10**12 per money measure, computed with python3 on the same file
    assertThat(sum(facts, "total_expenditure")).isEqualTo(new BigDecimal("25079444700000000"));
    assertThat(sum(facts, "sector_allocation")).isEqualTo(new BigDecimal("8093970200000000"));
    assertThat(sum(facts, "national_debt")).isEqualTo(new BigDecimal("32499600000000000"));
    assertThat(facts.stream().filter(f -> f.stage().isSupplementary())).hasSize(67);
    assertThat(facts.stream().filter(f -> !f.reportedIn().equals(f.fiscalYear()))).hasSize(43);
    assertThat(facts)
        .allSatisfy(
            f -> assertThat(f.reportedIn().value()).isGreaterThanOrEqualTo(f.fiscalYear().value()));
  }

  @Test
  void aRestatedRatioIsAVintageOfItsOwnBesideTheFigureAtEnactment() {
    List<Fact> facts = fromDisk();
    // FY2023 debt ratio: 49.8% at enactment (KBS), 50.4% as restated in the FY2024 proposal
    assertThat(facts)
        .contains(
            new Fact(
                List.of(Optional.empty()),
                FiscalYear.of(2023),
                Stage.ENACTED,
                "national_debt_to_gdp",
                FiscalYear.of(2023),
                new BigDecimal("49.8"),
                359),
            new Fact(
                List.of(Optional.empty()),
                FiscalYear.of(2023),
                Stage.ENACTED,
                "national_debt_to_gdp",
                FiscalYear.of(2024),
                new BigDecimal("50.4"),
                360));
  }

  @Test
  void the2026TotalsAndAnExactSectorFigureConvertExactly() {
    List<Fact> facts = fromDisk();
    assertThat(facts)
        .contains(
            new Fact(
                List.of(Optional.empty()),
                FiscalYear.of(2026),
                Stage.PROPOSAL,
                "total_expenditure",
                FiscalYear.of(2026),
                new BigDecimal("728000000000000"),
                439),
            new Fact(
                List.of(Optional.empty()),
                FiscalYear.of(2026),
                Stage.ENACTED,
                "total_expenditure",
                FiscalYear.of(2026),
                new BigDecimal("727900000000000"),
                458),
            new Fact(
                List.of(Optional.of("defense")),
                FiscalYear.of(2018),
                Stage.PROPOSAL,
                "sector_allocation",
                FiscalYear.of(2018),
                new BigDecimal("43117700000000"),
                160),
            new Fact(
                List.of(Optional.empty()),
                FiscalYear.of(2021),
                Stage.supplementaryProposal(2),
                "total_expenditure",
                FiscalYear.of(2021),
                new BigDecimal("604700000000000"),
                302),
            new Fact(
                List.of(Optional.empty()),
                FiscalYear.of(2009),
                Stage.supplementary(1),
                "supplementary_size",
                FiscalYear.of(2009),
                new BigDecimal("28400000000000"),
                35),
            new Fact(
                List.of(Optional.empty()),
                FiscalYear.of(2026),
                Stage.ENACTED,
                "national_debt_to_gdp",
                FiscalYear.of(2026),
                new BigDecimal("51.6"),
                473));
  }

  @Test
  void describesOneSectorLevelAndTheHeadlineMeasures() {
    BatchDescription d = HeadlineCsvFormat.bundled().description();
    assertThat(d.format()).isEqualTo("headline");
    assertThat(d.suggestedDataset()).isEqualTo("kr-headline");
    assertThat(d.country()).contains("KR");
    assertThat(d.currency()).isEqualTo("KRW");
    assertThat(d.sourceUnit()).isEqualTo(SourceUnit.TRILLION_WON);
    assertThat(d.source()).isEqualTo("Yesan compilation of published figures (see data/README.md)");
    assertThat(d.levels()).containsExactly(new Level("sector", "분야", "sector"));
    assertThat(d.measures())
        .extracting(Measure::id)
        .containsExactly(
            "total_expenditure",
            "sector_allocation",
            "total_revenue",
            "mandatory_spending",
            "discretionary_spending",
            "national_debt",
            "national_debt_to_gdp",
            "managed_fiscal_balance",
            "managed_fiscal_balance_to_gdp",
            "supplementary_size",
            "assembly_cut",
            "assembly_addition",
            "assembly_net_change");
    assertThat(d.measures()).startsWith(Measure.TOTAL_EXPENDITURE);
    assertThat(d.measures())
        .filteredOn(m -> m.quantity() == Measure.Quantity.PERCENT)
        .extracting(Measure::id)
        .containsExactly("national_debt_to_gdp", "managed_fiscal_balance_to_gdp");
    // only spending that is part of total expenditure is EXPENDITURE; nothing pairs with revenue
    assertThat(d.measures())
        .filteredOn(m -> m.direction() == Measure.Direction.EXPENDITURE)
        .extracting(Measure::id)
        .containsExactly(
            "total_expenditure",
            "sector_allocation",
            "mandatory_spending",
            "discretionary_spending");
    assertThat(d.measures())
        .filteredOn(m -> m.direction() == Measure.Direction.REVENUE)
        .extracting(Measure::basis)
        .containsOnly(Measure.Basis.AS_REPORTED);
  }

  @Test
  void theBundledResourceGivesTheSameFactsAsTheFileOnDisk() {
    List<Fact> bundled = facts(HeadlineCsvFormat.bundled());
    assertThat(bundled).hasSize(477).isEqualTo(fromDisk());
  }

  @Test
  void theBundledResourceCanBeReadFromInsideAJar(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("yesan-ingest-headline.jar");
    String entry = "org/yesan/ingest/headline/kr-total-expenditure.csv";
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out)) {
      j.putNextEntry(new JarEntry(entry));
      j.write(Files.readAllBytes(Locations.dataFile()));
      j.closeEntry();
    }
    URI inJar = URI.create("jar:" + jar.toUri() + "!/" + entry);
    assertThat(facts(HeadlineCsvFormat.openResource(inJar.toURL()))).isEqualTo(fromDisk());
  }

  @Test
  void detectsTheDatasetByItsExactHeaderOnly() {
    Path data = Locations.dataFile();
    assertThat(format.detect(data, TextEncoding.head(data, 64 * 1024))).isEqualTo(100);
    Path shared = Locations.sharedHeadlineFile();
    assertThat(format.detect(shared, TextEncoding.head(shared, 64 * 1024))).isZero();
    byte[] withBom =
        ("\uFEFF" + String.join(",", HeadlineCsvFormat.HEADER) + "\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(format.detect(data, withBom)).isEqualTo(100);
    byte[] extraColumn =
        (String.join(",", HeadlineCsvFormat.HEADER) + ",extra\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(format.detect(data, extraColumn)).isZero();
  }

  @Test
  void isRegisteredForServiceLoaderAndChosenForTheDataset() {
    SourceFormats installed = SourceFormats.installed();
    assertThat(installed.byId("headline")).isInstanceOf(HeadlineCsvFormat.class);
    assertThat(installed.detect(Locations.dataFile())).isInstanceOf(HeadlineCsvFormat.class);
  }

  @Test
  void aBatchCanBeReadTwice() {
    SourceBatch batch = format.open(Locations.dataFile(), ImportOptions.defaults());
    List<Fact> first = new ArrayList<>();
    batch.forEach(first::add);
    List<Fact> second = new ArrayList<>();
    batch.forEach(second::add);
    assertThat(second).hasSize(477).isEqualTo(first);
  }
}
