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
 * Checks data/kr-total-expenditure.csv against the shared multi-source table it was selected from:
 * every figure traces to an undisputed source row, and every undisputed figure was taken.
 */
class KrTotalExpenditureDataTest {

  private static final Set<String> SECTORS =
      java.util.Arrays.stream(Sector.values()).map(Sector::id).collect(Collectors.toSet());

  /** A figure's identity, as in the dataset. */
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
     * The dataset key this row gives a figure for: totals at any stage, the 12 sectors for
     * proposals and enacted budgets. A supplementary total the compiler marks as "proposal stage"
     * is the supplementary budget as proposed.
     */
    Optional<Key> key() {
      if (amount.isEmpty()) {
        return Optional.empty();
      }
      if (sectorEn.equals("total")) {
        boolean proposed = stage.startsWith("supplementary_") && note.contains("proposal stage");
        return Optional.of(
            new Key(fiscalYear, proposed ? stage + "_proposal" : stage, "total_expenditure", ""));
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
      String sectorKo,
      String sectorEn,
      String amount,
      String sourceUrl,
      String announcedOn,
      int sourcesAgreeing,
      String note) {}

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
                      r.field(5),
                      r.field(6),
                      r.field(7),
                      r.field(9),
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

  @Test
  void theSharedFileHas430Rows() {
    // wc -l total_expenditure.csv = 431 (header + 430); no field spans lines
    assertThat(shared()).hasSize(430);
  }

  @Test
  void everyRowTracesToAnUndisputedSharedRowWithTheSameYearStageSectorAmountPageAndDate() {
    Map<Key, List<SharedRow>> byKey = undisputedByKey();
    for (DataRow d : data()) {
      List<SharedRow> candidates = byKey.getOrDefault(d.key(), List.of());
      assertThat(candidates)
          .as("line %d %s: undisputed shared rows for the key", d.line(), d.key())
          .anySatisfy(
              s -> {
                assertThat(sameAmount(s.amount(), d.amount())).isTrue();
                assertThat(s.sourceUrl()).isEqualTo(d.sourceUrl());
                assertThat(s.announcedOn()).isEqualTo(d.announcedOn());
              });
    }
  }

  @Test
  void theAmountIsWrittenExactlyAsTheSourcePublishedIt() {
    Map<Key, List<SharedRow>> byKey = undisputedByKey();
    for (DataRow d : data()) {
      assertThat(byKey.get(d.key()))
          .as("line %d", d.line())
          .extracting(SharedRow::amount)
          .contains(d.amount());
    }
  }

  @Test
  void sourcesAgreeingCountsTheUndisputedSharedRowsGivingTheSameAmount() {
    Map<Key, List<SharedRow>> byKey = undisputedByKey();
    for (DataRow d : data()) {
      long agreeing =
          byKey.get(d.key()).stream().filter(s -> sameAmount(s.amount(), d.amount())).count();
      assertThat(d.sourcesAgreeing()).as("line %d %s", d.line(), d.key()).isEqualTo(agreeing);
    }
  }

  @Test
  void everyUndisputedFigureOfTheSharedFileHasExactlyOneRow() {
    List<Key> keys = data().stream().map(DataRow::key).toList();
    assertThat(keys).doesNotHaveDuplicates();
    // 178 keys: 31 totals (20 proposal/enacted + 11 supplementary) and 147 sector figures,
    // counted with python3 over the undisputed rows of the shared file
    assertThat(new TreeSet<>(keys.stream().map(Key::toString).toList()))
        .isEqualTo(new TreeSet<>(undisputedByKey().keySet().stream().map(Key::toString).toList()));
    assertThat(keys).hasSize(178);
    assertThat(keys.stream().filter(k -> k.measure().equals("total_expenditure"))).hasSize(31);
    assertThat(keys.stream().filter(k -> k.measure().equals("sector_allocation"))).hasSize(147);
  }

  @Test
  void everyProposalAndEnactedTotalFrom2017To2026IsPresent() {
    Set<Key> keys = data().stream().map(DataRow::key).collect(Collectors.toSet());
    for (int year = 2017; year <= 2026; year++) {
      for (String stage : List.of("proposal", "enacted")) {
        assertThat(keys).contains(new Key(year, stage, "total_expenditure", ""));
      }
    }
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
    Map<Key, String> amounts = new HashMap<>();
    data().forEach(d -> amounts.put(d.key(), d.amount()));
    for (SharedRow s : shared()) {
      if (s.disputed() && s.note().matches("DISPUTED\\([^)]*amount[^)]*\\).*")) {
        s.key()
            .map(amounts::get)
            .ifPresent(
                used ->
                    assertThat(sameAmount(used, s.amount()))
                        .as("line %d of the shared file is disputed: %s", s.line(), s.note())
                        .isFalse());
      }
    }
    // spot checks: the disputed 2024 proposal 659.9 (KBS) and 2024 enacted 652.7 (JoongAng)
    assertThat(amounts.get(new Key(2024, "proposal", "total_expenditure", ""))).isEqualTo("656.9");
    assertThat(amounts.get(new Key(2024, "enacted", "total_expenditure", ""))).isEqualTo("656.6");
    assertThat(amounts.get(new Key(2022, "enacted", "total_expenditure", ""))).isEqualTo("607.7");
  }

  @Test
  void whereUndisputedSourcesDisagreeTheNoteSaysWhichFigureWasChosen() {
    Map<Key, DataRow> byKey = new HashMap<>();
    data().forEach(d -> byKey.put(d.key(), d));
    List<Key> disagreements = new ArrayList<>();
    undisputedByKey()
        .forEach(
            (key, rows) -> {
              long distinct =
                  rows.stream()
                      .map(s -> new BigDecimal(s.amount()).stripTrailingZeros())
                      .distinct()
                      .count();
              if (distinct > 1) {
                disagreements.add(key);
                assertThat(byKey.get(key).note())
                    .as("%s", key)
                    .startsWith("chose " + byKey.get(key).amount() + " ")
                    .containsPattern("over [0-9.]+");
              }
            });
    // the ten keys listed in data/README.md, "Choices where sources disagreed"
    assertThat(disagreements).hasSize(10);
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
            Map.entry(
                new Key(2018, "proposal", "sector_allocation", "defense").toString(), "43.1177"),
            Map.entry(new Key(2018, "enacted", "total_expenditure", "").toString(), "428.8"),
            Map.entry(
                new Key(2019, "proposal", "sector_allocation", "public_order_safety").toString(),
                "20.0227"),
            Map.entry(new Key(2019, "enacted", "total_expenditure", "").toString(), "469.6"),
            Map.entry(new Key(2019, "enacted", "sector_allocation", "soc").toString(), "19.8"),
            Map.entry(
                new Key(2024, "proposal", "sector_allocation", "education").toString(), "89.6"),
            Map.entry(
                new Key(2024, "proposal", "sector_allocation", "public_order_safety").toString(),
                "24.3328"),
            Map.entry(
                new Key(2024, "proposal", "sector_allocation", "general_local_administration")
                    .toString(),
                "111.2616"),
            Map.entry(new Key(2026, "proposal", "total_expenditure", "").toString(), "728.0"),
            Map.entry(
                new Key(2026, "proposal", "sector_allocation", "health_welfare_employment")
                    .toString(),
                "269.1"));
  }

  @Test
  void sectorLabelsAreTheSharedVocabularyAndTotalsHaveNone() {
    Map<String, Set<String>> sharedKo = new HashMap<>();
    shared().stream()
        .filter(s -> SECTORS.contains(s.sectorEn()))
        .forEach(
            s -> sharedKo.computeIfAbsent(s.sectorEn(), x -> new TreeSet<>()).add(s.sectorKo()));
    for (DataRow d : data()) {
      if (d.key().measure().equals("total_expenditure")) {
        assertThat(List.of(d.key().sector(), d.sectorKo(), d.sectorEn())).containsOnly("");
      } else {
        assertThat(sharedKo.get(d.key().sector())).containsExactly(d.sectorKo());
        assertThat(d.sectorEn()).isEqualTo(Sector.byId(d.key().sector()).orElseThrow().labelEn());
      }
    }
  }
}
