package org.yesan.ingest.headline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.CsvTable;

/**
 * Checks data/kr-total-expenditure.csv against the shared multi-source table it was partly selected
 * from: every figure either traces to an undisputed source row or is one of the researched figures,
 * every undisputed figure was taken, and the growth rates the sources stated follow from the data.
 */
class KrTotalExpenditureDataTest {

  private static final Set<String> SECTORS =
      java.util.Arrays.stream(Sector.values()).map(Sector::id).collect(Collectors.toSet());

  /** The shared table's labels of the figures the dataset takes, and the measure each becomes. */
  private static final Map<String, String> THEMES =
      Map.ofEntries(
          Map.entry("total", "total_expenditure"),
          Map.entry("theme:total_revenue", "total_revenue"),
          Map.entry("theme:mandatory_spending", "mandatory_spending"),
          Map.entry("theme:discretionary_spending", "discretionary_spending"),
          Map.entry("theme:national_debt", "national_debt"),
          Map.entry("theme:debt_to_gdp_pct", "national_debt_to_gdp"),
          Map.entry("theme:managed_fiscal_balance", "managed_fiscal_balance"),
          Map.entry("theme:managed_fiscal_balance_pct_gdp", "managed_fiscal_balance_to_gdp"),
          Map.entry("theme:supplementary_size_proposed", "supplementary_size"),
          Map.entry("theme:supplementary_size_passed", "supplementary_size"),
          Map.entry("theme:na_cut_vs_proposal", "assembly_cut"),
          Map.entry("theme:na_increase_vs_proposal", "assembly_addition"),
          Map.entry("theme:na_net_change_vs_proposal", "assembly_net_change"));

  /** A figure's identity, as in the dataset, leaving out its vintage. */
  record Key(int fiscalYear, String stage, String measure, String sector) {}

  /** One row of the shared file. */
  record SharedRow(
      long line,
      int fiscalYear,
      String stage,
      String sectorKo,
      String sectorEn,
      String amount,
      String announcedOn,
      String sourceUrl,
      String note) {

    boolean disputed() {
      return note.startsWith("DISPUTED");
    }

    /**
     * The dataset key this row gives a figure for: totals and the national aggregates at any stage,
     * the 12 sectors for proposals and enacted budgets. A supplementary figure the compiler marks
     * as "proposal stage" or "at bill stage", and the proposed size of a supplementary budget,
     * belong to the supplementary budget as proposed.
     */
    Optional<Key> key() {
      if (amount.isEmpty()) {
        return Optional.empty();
      }
      String measure = THEMES.get(sectorEn);
      if (measure != null) {
        boolean proposed =
            sectorEn.equals("theme:supplementary_size_proposed")
                || stage.startsWith("supplementary_")
                    && (note.contains("proposal stage") || note.contains("at bill stage"));
        return Optional.of(
            new Key(fiscalYear, proposed ? stage + "_proposal" : stage, measure, ""));
      }
      if (SECTORS.contains(sectorEn) && (stage.equals("proposal") || stage.equals("enacted"))) {
        return Optional.of(new Key(fiscalYear, stage, "sector_allocation", sectorEn));
      }
      return Optional.empty();
    }
  }

  /** One row of the dataset. */
  record DataRow(
      long line,
      Key key,
      int reportedIn,
      String sectorKo,
      String sectorEn,
      String amount,
      String unit,
      String sourceUrl,
      String publisher,
      String announcedOn,
      int sourcesAgreeing,
      String note) {

    boolean restated() {
      return reportedIn != key.fiscalYear();
    }
  }

  private static List<SharedRow> shared() {
    List<SharedRow> rows = new ArrayList<>();
    try (CsvTable t = CsvTable.open(Locations.sharedHeadlineFile())) {
      assertThat(t.header())
          .containsExactly(
              "fiscal_year",
              "stage",
              "sector_ko",
              "sector_en",
              "amount_trillion_krw",
              "yoy_pct_stated",
              "yoy_basis_stated",
              "announced_on",
              "source_url",
              "note");
      t.forEachRow(
          r ->
              rows.add(
                  new SharedRow(
                      r.line(),
                      Integer.parseInt(r.field(0)),
                      r.field(1),
                      r.field(2),
                      r.field(3),
                      r.field(4),
                      r.field(7),
                      r.field(8),
                      r.field(9))));
    }
    return rows;
  }

  private static List<DataRow> data() {
    List<DataRow> rows = new ArrayList<>();
    try (CsvTable t = CsvTable.open(Locations.dataFile())) {
      assertThat(t.header()).isEqualTo(HeadlineCsvFormat.HEADER);
      t.forEachRow(
          r ->
              rows.add(
                  new DataRow(
                      r.line(),
                      new Key(Integer.parseInt(r.field(0)), r.field(1), r.field(3), r.field(4)),
                      Integer.parseInt(r.field(2)),
                      r.field(5),
                      r.field(6),
                      r.field(7),
                      r.field(8),
                      r.field(9),
                      r.field(10),
                      r.field(11),
                      Integer.parseInt(r.field(12)),
                      r.field(13))));
    }
    return rows;
  }

  private static boolean sameAmount(String a, String b) {
    return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
  }

  /** Undisputed shared rows by the key they give a figure for. */
  private static Map<Key, List<SharedRow>> undisputedByKey() {
    Map<Key, List<SharedRow>> byKey = new LinkedHashMap<>();
    for (SharedRow s : shared()) {
      if (!s.disputed()) {
        s.key().ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
      }
    }
    return byKey;
  }

  /** Whether the dataset row is a figure of the shared table, on the same page and date. */
  private static boolean traces(DataRow d, Map<Key, List<SharedRow>> undisputed) {
    return undisputed.getOrDefault(d.key(), List.of()).stream()
        .anyMatch(
            s ->
                sameAmount(s.amount(), d.amount())
                    && s.sourceUrl().equals(d.sourceUrl())
                    && s.announcedOn().equals(d.announcedOn()));
  }

  private static List<DataRow> traced() {
    Map<Key, List<SharedRow>> byKey = undisputedByKey();
    return data().stream().filter(d -> traces(d, byKey)).toList();
  }

  private static List<DataRow> researched() {
    Map<Key, List<SharedRow>> byKey = undisputedByKey();
    return data().stream().filter(d -> !traces(d, byKey)).toList();
  }

  @Test
  void theSharedFileHas430Rows() {
    // wc -l total_expenditure.csv = 431 (header + 430); no field spans lines
    assertThat(shared()).hasSize(430);
  }

  @Test
  void everyRowIsAnUndisputedSharedFigureOrOneOfTheResearchedFigures() {
    // python3 over both files: 284 rows match an undisputed shared row (key, amount, page and
    // date); the other 193 were found in research and are described in data/README.md
    assertThat(traced()).hasSize(284);
    assertThat(researched()).hasSize(193);
  }

  @Test
  void aResearchedFigureNeverReplacesAnUndisputedSharedFigureWithoutSayingSo() {
    Map<Key, List<SharedRow>> byKey = undisputedByKey();
    for (DataRow d : researched()) {
      List<SharedRow> shared = byKey.getOrDefault(d.key(), List.of());
      boolean agrees = shared.stream().anyMatch(s -> sameAmount(s.amount(), d.amount()));
      // a restatement in a later budget may differ from the figure of the year's own report
      if (!shared.isEmpty() && !agrees && !d.restated()) {
        assertThat(d.note()).as("line %d %s", d.line(), d.key()).startsWith("chose ");
      }
    }
  }

  @Test
  void everySharedFigureKeepsItsAmountTextPageAndDate() {
    Map<Key, List<SharedRow>> byKey = undisputedByKey();
    for (DataRow d : traced()) {
      assertThat(byKey.get(d.key()))
          .as("line %d", d.line())
          .extracting(SharedRow::amount)
          .contains(d.amount());
    }
  }

  @Test
  void sourcesAgreeingCountsTheUndisputedSharedRowsGivingTheSameAmount() {
    Map<Key, List<SharedRow>> byKey = undisputedByKey();
    for (DataRow d : traced()) {
      long agreeing =
          byKey.get(d.key()).stream().filter(s -> sameAmount(s.amount(), d.amount())).count();
      assertThat(d.sourcesAgreeing()).as("line %d %s", d.line(), d.key()).isEqualTo(agreeing);
    }
  }

  @Test
  void everyUndisputedFigureOfTheSharedFileHasARowAndOnlyRestatementsRepeatAKey() {
    List<DataRow> data = data();
    // 286 keys, counted with python3 over the undisputed rows of the shared file
    assertThat(undisputedByKey()).hasSize(286);
    // a researched figure replaces a shared one only with a note saying which it chose
    Set<Key> covered = traced().stream().map(DataRow::key).collect(Collectors.toSet());
    researched().stream()
        .filter(d -> d.note().startsWith("chose "))
        .forEach(d -> covered.add(d.key()));
    assertThat(covered).containsAll(undisputedByKey().keySet());
    Map<Key, List<DataRow>> byKey = new HashMap<>();
    data.forEach(d -> byKey.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d));
    byKey.forEach(
        (key, rows) -> {
          assertThat(rows.stream().filter(d -> !d.restated()))
              .as("%s: at most one figure as the year's own budget reported it", key)
              .hasSizeLessThanOrEqualTo(1);
          assertThat(rows.stream().map(DataRow::reportedIn)).as("%s", key).doesNotHaveDuplicates();
        });
  }

  @Test
  void everyProposalAndEnactedTotalFrom2007To2026IsPresent() {
    Set<Key> keys = data().stream().map(DataRow::key).collect(Collectors.toSet());
    for (int year = 2007; year <= 2026; year++) {
      for (String stage : List.of("proposal", "enacted")) {
        assertThat(keys).contains(new Key(year, stage, "total_expenditure", ""));
      }
    }
  }

  /**
   * Growth rates the sources themselves stated for a budget, against the prior-year base of the
   * same documents: each is reproduced from the dataset's figures, within the rounding of the
   * figures (±0.05조) and of the rate (±0.05 percentage points).
   */
  @Test
  void theGrowthRatesTheSourcesStatedFollowFromTheBaseOfTheSameVintage() {
    record Stated(int year, String stage, String pct, String source) {}
    List<Stated> stated =
        List.of(
            new Stated(2008, "proposal", "7.9", "Dong-A Ilbo 2007-09-21"),
            new Stated(2009, "proposal", "6.5", "Etoday 2008-09-30, MBN"),
            new Stated(2010, "proposal", "2.5", "Dong-A Ilbo 2009-09-29"),
            new Stated(2011, "proposal", "5.7", "Segye Ilbo 2010-09-28"),
            new Stated(2012, "proposal", "5.5", "Etoday 2011-09-27"),
            new Stated(2012, "enacted", "5.3", "NABO via Etoday 2012"),
            new Stated(2013, "proposal", "5.3", "Herald Economy 2012-09-25"),
            new Stated(2014, "proposal", "4.6", "News1 2013-09-26"),
            new Stated(2015, "proposal", "5.7", "News Tomato 2014-09-18"),
            new Stated(2016, "enacted", "2.9", "Korea Institute of Public Finance 2016-05-04"));
    Map<Key, Map<Integer, BigDecimal>> totals = new HashMap<>();
    for (DataRow d : data()) {
      if (d.key().measure().equals("total_expenditure")) {
        totals
            .computeIfAbsent(d.key(), k -> new HashMap<>())
            .put(d.reportedIn(), new BigDecimal(d.amount()));
      }
    }
    for (Stated s : stated) {
      BigDecimal to =
          totals.get(new Key(s.year(), s.stage(), "total_expenditure", "")).get(s.year());
      Map<Integer, BigDecimal> bases =
          totals.get(new Key(s.year() - 1, "enacted", "total_expenditure", ""));
      BigDecimal from = bases.getOrDefault(s.year(), bases.get(s.year() - 1));
      assertThat(reproduces(from, to, new BigDecimal(s.pct()))).as("%s", s).isTrue();
    }
    // the FY2009 rate needs the 2008 base as the FY2009 documents restated it (257.2), not the
    // 256.1721 voted in December 2007: a store without vintages would call the 6.5% false
    Map<Integer, BigDecimal> base2008 =
        totals.get(new Key(2008, "enacted", "total_expenditure", ""));
    BigDecimal proposal2009 =
        totals.get(new Key(2009, "proposal", "total_expenditure", "")).get(2009);
    assertThat(base2008).containsOnlyKeys(2008, 2009);
    assertThat(reproduces(base2008.get(2008), proposal2009, new BigDecimal("6.5"))).isFalse();
    assertThat(reproduces(base2008.get(2009), proposal2009, new BigDecimal("6.5"))).isTrue();
  }

  /** Whether a rate stated to 0.1 point can come from two amounts each stated to 0.1조. */
  private static boolean reproduces(BigDecimal from, BigDecimal to, BigDecimal pct) {
    BigDecimal half = new BigDecimal("0.05");
    BigDecimal low =
        to.subtract(half)
            .divide(from.add(half), 10, java.math.RoundingMode.FLOOR)
            .subtract(BigDecimal.ONE)
            .movePointRight(2);
    BigDecimal high =
        to.add(half)
            .divide(from.subtract(half), 10, java.math.RoundingMode.CEILING)
            .subtract(BigDecimal.ONE)
            .movePointRight(2);
    return pct.add(half).compareTo(low) >= 0 && pct.subtract(half).compareTo(high) <= 0;
  }

  @Test
  void the2026TotalsAreTheOnesTheSharedFileGives() {
    Map<Key, DataRow> byKey = new HashMap<>();
    data().forEach(d -> byKey.put(d.key(), d));
    Key proposal = new Key(2026, "proposal", "total_expenditure", "");
    Key enacted = new Key(2026, "enacted", "total_expenditure", "");
    assertThat(byKey.get(proposal).amount()).isEqualTo("728.0");
    assertThat(byKey.get(enacted).amount()).isEqualTo("727.9");
    // the shared file itself: Seoul Shinmun, KBS, NABO say 728.0, Newsis the exact 728.0059;
    // the blog's 728.9 and AsiaToday's 727.9 with a wrong gap are DISPUTED
    Map<Key, List<SharedRow>> undisputed = undisputedByKey();
    assertThat(undisputed.get(proposal))
        .extracting(SharedRow::amount)
        .containsExactly("728.0", "728.0", "728.0", "728.0059");
    assertThat(undisputed.get(enacted))
        .extracting(SharedRow::amount)
        .containsExactly("727.9", "727.9", "727.9");
    assertThat(byKey.get(proposal).sourceUrl()).contains("nabo.go.kr");
  }

  @Test
  void noDisputedAmountIsUsed() {
    Map<Key, List<String>> amounts = new HashMap<>();
    data().forEach(d -> amounts.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d.amount()));
    int checked = 0;
    for (SharedRow s : shared()) {
      if (s.disputed() && s.note().matches("DISPUTED\\([^)]*amount[^)]*\\).*")) {
        Optional<Key> key = s.key();
        if (key.isPresent() && amounts.containsKey(key.get())) {
          checked++;
          assertThat(amounts.get(key.get()))
              .as("line %d of the shared file is disputed: %s", s.line(), s.note())
              .noneMatch(a -> sameAmount(a, s.amount()));
        }
      }
    }
    assertThat(checked).isPositive();
    // spot checks: the disputed 2024 proposal 659.9 (KBS) and 2024 enacted 652.7 (JoongAng),
    // the 210.0 mandatory spending of 2018 (newsworld) and 481.1 revenue of 2020 (MOEF)
    assertThat(amounts.get(new Key(2024, "proposal", "total_expenditure", "")))
        .containsExactly("656.9");
    assertThat(amounts.get(new Key(2024, "enacted", "total_expenditure", "")))
        .containsExactly("656.6");
    assertThat(amounts.get(new Key(2022, "enacted", "total_expenditure", "")))
        .containsExactly("607.7");
    assertThat(amounts.get(new Key(2018, "proposal", "mandatory_spending", "")))
        .containsExactly("218.0");
    assertThat(amounts.get(new Key(2020, "enacted", "total_revenue", ""))).containsExactly("481.8");
  }

  @Test
  void whereUndisputedSourcesDisagreeTheNoteSaysWhichFigureWasChosenOrEachIsAVintage() {
    List<DataRow> data = data();
    List<Key> disagreements = new ArrayList<>();
    undisputedByKey()
        .forEach(
            (key, rows) -> {
              Set<BigDecimal> distinct =
                  rows.stream()
                      .map(s -> new BigDecimal(s.amount()).stripTrailingZeros())
                      .collect(Collectors.toSet());
              if (distinct.size() > 1) {
                disagreements.add(key);
                List<DataRow> ours = data.stream().filter(d -> d.key().equals(key)).toList();
                Set<BigDecimal> kept =
                    ours.stream()
                        .map(d -> new BigDecimal(d.amount()).stripTrailingZeros())
                        .collect(Collectors.toSet());
                if (kept.equals(distinct)) {
                  // each figure kept, as the vintage of the budget that published it
                  assertThat(ours.stream().map(DataRow::reportedIn)).doesNotHaveDuplicates();
                } else {
                  DataRow own = ours.stream().filter(d -> !d.restated()).findFirst().orElseThrow();
                  assertThat(own.note())
                      .as("%s", key)
                      .startsWith("chose " + own.amount() + " ")
                      .containsPattern("over [0-9.]+");
                }
              }
            });
    // the keys listed in data/README.md, "Choices where sources disagreed": 15 choices and the
    // FY2023 debt ratio, kept as two vintages
    assertThat(disagreements).hasSize(16);
  }

  @Test
  void theChosenFigureOfEachDisagreementIsTheOneTheReadmeGives() {
    Map<String, String> chosen = new LinkedHashMap<>();
    data().stream()
        .sorted(Comparator.comparingLong(DataRow::line))
        .filter(d -> d.note().startsWith("chose "))
        .forEach(d -> chosen.put(d.key().toString(), d.amount()));
    assertThat(chosen)
        .containsExactly(
            Map.entry(new Key(2008, "enacted", "total_expenditure", "").toString(), "256.1721"),
            Map.entry(new Key(2011, "enacted", "total_expenditure", "").toString(), "309.0567"),
            Map.entry(
                new Key(2015, "supplementary_1_proposal", "supplementary_size", "").toString(),
                "11.8277"),
            Map.entry(
                new Key(2018, "proposal", "sector_allocation", "defense").toString(), "43.1177"),
            Map.entry(new Key(2018, "enacted", "total_expenditure", "").toString(), "428.8"),
            Map.entry(
                new Key(2018, "supplementary_1", "supplementary_size", "").toString(), "3.83"),
            Map.entry(
                new Key(2019, "proposal", "sector_allocation", "public_order_safety").toString(),
                "20.0227"),
            Map.entry(new Key(2019, "enacted", "total_expenditure", "").toString(), "469.6"),
            Map.entry(new Key(2019, "enacted", "sector_allocation", "soc").toString(), "19.8"),
            Map.entry(new Key(2019, "enacted", "assembly_addition", "").toString(), "4.3"),
            Map.entry(new Key(2021, "proposal", "national_debt", "").toString(), "945"),
            Map.entry(new Key(2022, "proposal", "national_debt", "").toString(), "1068.3"),
            Map.entry(new Key(2022, "enacted", "assembly_net_change", "").toString(), "3.3"),
            Map.entry(
                new Key(2024, "proposal", "sector_allocation", "education").toString(), "89.6"),
            Map.entry(
                new Key(2024, "proposal", "sector_allocation", "public_order_safety").toString(),
                "24.3328"),
            Map.entry(
                new Key(2024, "proposal", "sector_allocation", "general_local_administration")
                    .toString(),
                "111.2616"),
            Map.entry(
                new Key(2025, "supplementary_2", "supplementary_size", "").toString(), "31.7914"),
            Map.entry(new Key(2026, "proposal", "total_expenditure", "").toString(), "728.0"),
            Map.entry(
                new Key(2026, "proposal", "sector_allocation", "health_welfare_employment")
                    .toString(),
                "269.1"),
            Map.entry(new Key(2026, "enacted", "assembly_cut", "").toString(), "4.3"),
            Map.entry(new Key(2026, "enacted", "assembly_addition", "").toString(), "4.2"));
  }

  @Test
  void sectorLabelsAreTheSharedVocabularyAndNationalFiguresHaveNone() {
    Map<String, Set<String>> sharedKo = new HashMap<>();
    shared().stream()
        .filter(s -> SECTORS.contains(s.sectorEn()))
        .forEach(
            s -> sharedKo.computeIfAbsent(s.sectorEn(), x -> new TreeSet<>()).add(s.sectorKo()));
    for (DataRow d : data()) {
      if (!d.key().measure().equals("sector_allocation")) {
        assertThat(List.of(d.key().sector(), d.sectorKo(), d.sectorEn())).containsOnly("");
      } else {
        assertThat(sharedKo.get(d.key().sector())).containsExactly(d.sectorKo());
        assertThat(d.sectorEn()).isEqualTo(Sector.byId(d.key().sector()).orElseThrow().labelEn());
      }
    }
  }

  @Test
  void blogsCopiesAndMachineTranslationsSayWhatTheyAreInThePublisher() {
    for (DataRow d : data()) {
      if (d.sourceUrl().matches(".*(tistory\\.com|blog|cafe\\.daum|jinxin365|tellerreport).*")) {
        assertThat(d.publisher())
            .as("line %d %s", d.line(), d.sourceUrl())
            .containsPattern("blog|copy|machine|cafe");
      }
    }
  }
}
