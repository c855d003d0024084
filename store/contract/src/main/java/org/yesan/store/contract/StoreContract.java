package org.yesan.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.InputException;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.FactsQuery;
import org.yesan.query.FactsResult;
import org.yesan.query.LineItem;
import org.yesan.query.Order;
import org.yesan.query.Page;
import org.yesan.query.QueryException;
import org.yesan.store.FactStore;
import org.yesan.store.Slice;
import org.yesan.store.UnknownDatasetException;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportReport;
import org.yesan.store.imports.ImportingStore;
import org.yesan.store.sql.StoreException;
import org.yesan.validation.Finding;

/**
 * What every store must do the same way, written once: a store's test extends this class and says
 * how to make an empty store. Figures are computed here from the facts written, never by a store.
 */
public abstract class StoreContract extends AccountsContract {

  /** A new store holding nothing; each call a separate one, closed by the test. */
  protected abstract ImportingStore emptyStore();

  public static final List<Level> LEVELS = List.of(Level.MINISTRY, Level.PROGRAM);

  /** Three enacted lines of 2018 (550 in all) and one proposal line (600). */
  public static ListBatch budget2018() {
    return new ListBatch("t", LEVELS, Measure.EXPENDITURE)
        .add(2018, Stage.ENACTED, Measure.EXPENDITURE, 300, "국방부", "전력유지")
        .add(2018, Stage.ENACTED, Measure.EXPENDITURE, 200, "국방부", "방위력개선")
        .add(2018, Stage.ENACTED, Measure.EXPENDITURE, 50, "교육부", "")
        .add(2018, Stage.PROPOSAL, Measure.EXPENDITURE, 600, "국방부", "전력유지");
  }

  /** An aggregate of dataset t, from the textual drilldown and cuts. */
  public static AggregateQuery q(FactStore store, String drill, String cut) {
    var info = store.require("t");
    return AggregateQuery.of("t")
        .withDrilldown(Drilldown.parse(drill))
        .withCuts(Cuts.parse(cut, new Dimensions(info)));
  }

  /** The 2018 book: its own year and its restatement of 2017. */
  public static void importTheBookOf2018(ImportingStore store) {
    ListBatch b =
        new ListBatch("t", LEVELS, Measure.EXPENDITURE_NET)
            .add(2017, Stage.ENACTED, Measure.EXPENDITURE_NET, 2018, 110, "국방부", "a")
            .add(2018, Stage.ENACTED, Measure.EXPENDITURE_NET, 2018, 120, "국방부", "a");
    store.importFiles(List.of(b.input("b")), ImportProgress.NONE);
  }

  /**
   * An import of two files that fails in the second, which adds a level to dataset t and replaces
   * its enacted slice, after the first made a new dataset u.
   */
  public static List<ImportInput> aFailingImport() {
    ListBatch bad =
        new ListBatch("t", List.of(Level.MINISTRY, Level.SECTOR), Measure.EXPENDITURE)
            .add(2018, Stage.ENACTED, Measure.EXPENDITURE, 999, "국방부", "국방")
            .add(2018, Stage.ENACTED, Measure.EXPENDITURE, 1, "국방부", "국방")
            .failingAt(1);
    ListBatch other =
        new ListBatch("u", LEVELS, Measure.EXPENDITURE)
            .add(2019, Stage.ENACTED, Measure.EXPENDITURE, 5, "x", "y");
    return List.of(other.input("o"), bad.input("b"));
  }

  /** Fails {@link #aFailingImport()} on the store, as it must fail. */
  public static void failTheImport(ImportingStore store) {
    assertThatThrownBy(() -> store.importFiles(aFailingImport(), ImportProgress.NONE))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.csv:3:3: expected an amount, found 'abc'");
  }

  /** Holds {@link #budget2018()} alone: nothing of {@link #aFailingImport()} leaked in. */
  public static void assertOnlyTheBudgetOf2018(FactStore store) {
    assertThat(store.datasets()).extracting(d -> d.name()).containsExactly("t");
    assertThat(store.require("t").levels()).containsExactly(Level.MINISTRY, Level.PROGRAM);
    assertThat(store.aggregate(q(store, "", "stage:enacted")).summary().amount())
        .isEqualByComparingTo("550");
    assertThat(store.aggregate(q(store, "", "stage:proposal")).summary().amount())
        .isEqualByComparingTo("600");
  }

  @Test
  void pathsRepeatedWithinThisYearsSliceAreNamedWithTheirSourceLines() {
    ListBatch b =
        new ListBatch("t", LEVELS, Measure.EXPENDITURE)
            .add(2018, Stage.ENACTED, Measure.EXPENDITURE, 300, "국방부", "전력유지")
            .add(2018, Stage.ENACTED, Measure.EXPENDITURE, 200, "교육부", "")
            .add(2018, Stage.ENACTED, Measure.EXPENDITURE, 30, "국방부", "전력유지")
            .add(2018, Stage.PROPOSAL, Measure.EXPENDITURE, 600, "국방부", "전력유지")
            // a restatement of 2017 repeating a path is another vintage, not this year's slice
            .add(2017, Stage.ENACTED, Measure.EXPENDITURE, 2018, 7, "교육부", "")
            .add(2017, Stage.ENACTED, Measure.EXPENDITURE, 2018, 8, "교육부", "");
    try (ImportingStore store = emptyStore()) {
      store.importFiles(List.of(b.input("r")), ImportProgress.NONE);
      List<org.yesan.validation.Finding> repeated =
          store.validate("t").findings().stream()
              .filter(f -> f.check().equals("repeated_lines"))
              .toList();
      assertThat(repeated).extracting(f -> f.subject()).containsExactly("expenditure 2018 enacted");
      assertThat(repeated.get(0).message()).startsWith("1 path appears on more than one source");
      assertThat(repeated.get(0).evidence()).hasSize(1);
      assertThat(repeated.get(0).evidence().get(0)).contains("국방부").contains("전력유지");
      assertThat(repeated.get(0).evidence().get(0)).matches(".*\\(lines [0-9]+,[0-9]+\\)");
    }
  }

  @Test
  void aFailedImportLeavesTheStoreAsItWas() {
    try (ImportingStore store = emptyStore()) {
      ImportInput a = budget2018().input("a");
      store.importFiles(List.of(a), ImportProgress.NONE);
      List<Slice> before = store.slices("t");
      failTheImport(store);
      assertOnlyTheBudgetOf2018(store);
      assertThat(store.slices("t")).isEqualTo(before);
      // The content hash is the SHA-256 of the sorted hashes of the files backing the dataset.
      assertThat(store.require("t").contentHash()).contains(sha256Hex(a.sha256()));
    }
  }

  private static String sha256Hex(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aDatasetThatIsNotThereIsNamedWithTheOnesThatAre() {
    try (ImportingStore store = emptyStore()) {
      store.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
      assertThat(store.dataset("nope")).isEmpty();
      assertThatThrownBy(() -> store.aggregate(AggregateQuery.of("nope")))
          .isInstanceOf(UnknownDatasetException.class);
      assertThatThrownBy(() -> store.slices("nope")).isInstanceOf(UnknownDatasetException.class);
      assertThatThrownBy(() -> store.validate("nope")).isInstanceOf(UnknownDatasetException.class);
    }
  }

  @Test
  void pagesOfLineItemsNeitherOverlapNorSkip() {
    ListBatch b = new ListBatch("t", LEVELS, Measure.EXPENDITURE);
    BigDecimal expected = BigDecimal.ZERO;
    for (int i = 0; i < 57; i++) {
      // cents and negative amounts must come back exactly
      BigDecimal won = BigDecimal.valueOf(i * 1_000_003L - 20_000_000L, 2);
      b.add(2018, Stage.ENACTED, Measure.EXPENDITURE, 2018, won, "m" + (i % 5), "p" + i);
      expected = expected.add(won);
    }
    try (ImportingStore store = emptyStore()) {
      store.importFiles(List.of(b.input("lines")), ImportProgress.NONE);
      List<LineItem> paged = new ArrayList<>();
      long total = -1;
      for (int page = 1; page <= 6; page++) {
        FactsResult r =
            store.facts(
                FactsQuery.of("t")
                    .withOrder(Order.parse("amount:desc"))
                    .withPage(new Page(page, 10)));
        paged.addAll(r.items());
        total = r.total();
      }
      assertThat(total).isEqualTo(57);
      assertThat(paged).hasSize(57);
      assertThat(paged).extracting(LineItem::sourceLine).doesNotHaveDuplicates();
      assertThat(paged.stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(expected);
      assertThat(paged.get(0).amount())
          .isEqualByComparingTo(BigDecimal.valueOf(56 * 1_000_003L - 20_000_000L, 2));
      List<LineItem> streamed = new ArrayList<>();
      store.forEachLine(FactsQuery.of("t"), streamed::add);
      assertThat(streamed).containsExactlyInAnyOrderElementsOf(paged);
      AggregateResult byMinistry =
          store.aggregate(q(store, "ministry", "").withPage(new Page(2, 2)));
      assertThat(byMinistry.cells()).extracting(c -> c.member(0)).containsExactly("m2", "m3");
      assertThat(byMinistry.summary().cells()).isEqualTo(5);
      assertThat(byMinistry.summary().amount()).isEqualByComparingTo(expected);
      AggregateResult pastTheEnd =
          store.aggregate(q(store, "ministry", "").withPage(new Page(9, 2)));
      assertThat(pastTheEnd.cells()).isEmpty();
      assertThat(pastTheEnd.summary().cells()).isEqualTo(5);
      assertThat(pastTheEnd.summary().count()).isEqualTo(57);
      assertThat(pastTheEnd.summary().amount()).isEqualByComparingTo(expected);
    }
  }

  @Test
  void aMissingMemberIsItsOwnCellAndCountsAsOne() {
    try (ImportingStore store = emptyStore()) {
      store.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
      AggregateResult r =
          store.aggregate(q(store, "ministry,program", "stage:enacted").withPage(new Page(5, 10)));
      // past the end: the totals alone, where the line of 교육부 without a program is one cell
      assertThat(r.summary().cells()).isEqualTo(3);
      AggregateResult all = store.aggregate(q(store, "program", "stage:enacted"));
      assertThat(all.cells())
          .extracting(c -> c.member(0) + "=" + c.amount().toPlainString())
          .containsExactlyInAnyOrder("전력유지=300", "방위력개선=200", "=50");
    }
  }

  @Test
  void aggregatesExactlyByLevel() {
    try (ImportingStore store = emptyStore()) {
      store.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
      AggregateResult r =
          store.aggregate(
              q(store, "ministry", "stage:enacted").withOrder(Order.parse("amount:desc")));
      assertThat(r.cells())
          .extracting(c -> c.member(0) + "=" + c.amount().toPlainString() + "/" + c.count())
          .containsExactly("국방부=500/2", "교육부=50/1");
      assertThat(r.summary().amount()).isEqualByComparingTo("550");
      assertThat(r.summary().cells()).isEqualTo(2);
    }
  }

  @Test
  void refusesToAddProposalAndEnacted() {
    try (ImportingStore store = emptyStore()) {
      store.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
      assertThatThrownBy(() -> store.aggregate(q(store, "ministry", "")))
          .isInstanceOf(QueryException.class)
          .hasMessage(
              "cut: the selected facts span 2 stages (proposal, enacted), which must not be added"
                  + " together; cut one (e.g. stage:proposal) or drill down by stage");
      AggregateResult byStage = store.aggregate(q(store, "stage", ""));
      assertThat(byStage.cells())
          .extracting(c -> c.member(0))
          .containsExactly("proposal", "enacted");
    }
  }

  @Test
  void aStoringErrorStopsTheReaderAndLeavesNothing() {
    try (ImportingStore store = emptyStore()) {
      ListBatch b = new ListBatch("t", LEVELS, Measure.EXPENDITURE);
      for (int i = 0; i < 20_000; i++) {
        b.add(2018, Stage.ENACTED, Measure.EXPENDITURE, i, "m" + (i % 7), "p" + i);
      }
      // A fact of a measure the batch did not declare, far past the first chunk.
      b.add(2018, Stage.ENACTED, Measure.REVENUE, 1, "m", "p");
      for (int i = 0; i < 20_000; i++) {
        b.add(2019, Stage.ENACTED, Measure.EXPENDITURE, i, "m", "q" + i);
      }
      assertThatThrownBy(() -> store.importFiles(List.of(b.input("big")), ImportProgress.NONE))
          .isInstanceOf(InputException.class)
          .hasMessage(
              "big:20002: expected a fact of a declared measure (expenditure), found measure revenue");
      assertThat(store.datasets()).isEmpty();
    }
  }

  @Test
  void reimportReplacesTheSliceInsteadOfDuplicatingIt() {
    try (ImportingStore store = emptyStore()) {
      store.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
      ImportReport again =
          store.importFiles(List.of(budget2018().input("a2")), ImportProgress.NONE);
      assertThat(again.datasets().get(0).replaced()).isEqualTo(2);
      assertThat(store.aggregate(q(store, "", "stage:enacted")).summary().amount())
          .isEqualByComparingTo("550");
      ListBatch revised =
          new ListBatch("t", LEVELS, Measure.EXPENDITURE)
              .add(2018, Stage.ENACTED, Measure.EXPENDITURE, 700, "국방부", "전력유지");
      store.importFiles(List.of(revised.input("r")), ImportProgress.NONE);
      assertThat(store.aggregate(q(store, "", "stage:enacted")).summary().amount())
          .isEqualByComparingTo("700");
      // The proposal slice was not in the revised file, so it stays.
      assertThat(store.aggregate(q(store, "", "stage:proposal")).summary().amount())
          .isEqualByComparingTo("600");
    }
  }

  @Test
  void restatementsDoNotOverrideTheYearsOwnFigure() {
    try (ImportingStore store = emptyStore()) {
      importTheBookOf2018(store);
      // Only the restatement of 2017 exists so far: it stands in for 2017.
      assertThat(store.aggregate(q(store, "", "fiscal_year:2017")).summary().amount())
          .isEqualByComparingTo("110");
      // The year's own book splits the same total differently: a warning, and its own lines win.
      ListBatch own =
          new ListBatch("t", LEVELS, Measure.EXPENDITURE_NET)
              .add(2017, Stage.ENACTED, Measure.EXPENDITURE_NET, 2017, 60, "국방부", "a")
              .add(2017, Stage.ENACTED, Measure.EXPENDITURE_NET, 2017, 50, "국방부", "b");
      ImportReport report = store.importFiles(List.of(own.input("own")), ImportProgress.NONE);
      assertThat(report.datasets().get(0).validation().orElseThrow().failed()).isFalse();
      assertThat(
              store
                  .aggregate(q(store, "", "fiscal_year:2017|program:a|reported_in:2017"))
                  .summary()
                  .amount())
          .isEqualByComparingTo("60");
      assertThat(store.aggregate(q(store, "", "fiscal_year:2017|program:a")).summary().amount())
          .isEqualByComparingTo("60");
      assertThat(
              store
                  .aggregate(q(store, "", "fiscal_year:2017|program:a|reported_in:2018"))
                  .summary()
                  .amount())
          .isEqualByComparingTo(BigDecimal.valueOf(110));
    }
  }

  @Test
  void aRestatementThatDiffersIsAWarningAndBothFiguresAreKept() {
    try (ImportingStore store = emptyStore()) {
      importTheBookOf2018(store);
      ListBatch own =
          new ListBatch("t", LEVELS, Measure.EXPENDITURE_NET)
              .add(2017, Stage.ENACTED, Measure.EXPENDITURE_NET, 2017, 100, "국방부", "a");
      ImportReport report = store.importFiles(List.of(own.input("own")), ImportProgress.NONE);
      var validation = report.datasets().get(0).validation().orElseThrow();
      assertThat(validation.failed()).isFalse();
      assertThat(validation.findings())
          .anyMatch(
              f ->
                  f.severity() == Finding.Severity.WARNING
                      && f.message()
                          .equals(
                              "the 2018 book restates the total differently from the 2017 book"
                                  + " (both kept; without reported_in a query reads the year's"
                                  + " own)"));
      assertThat(store.aggregate(q(store, "", "fiscal_year:2017")).summary().amount())
          .isEqualByComparingTo("100");
      assertThat(
              store.aggregate(q(store, "", "fiscal_year:2017|reported_in:2018")).summary().amount())
          .isEqualByComparingTo("110");
    }
  }

  @Test
  void amountsAndTotalsBeyondWhatTheStoreHoldsExactlyAreRefusedAtTheirLine() {
    try (ImportingStore store = emptyStore()) {
      ListBatch huge =
          new ListBatch("t", LEVELS, Measure.EXPENDITURE_NET)
              .add(2018, Stage.ENACTED, Measure.EXPENDITURE_NET, 2018, 1, "국방부", "a")
              .add(
                  2018,
                  Stage.ENACTED,
                  Measure.EXPENDITURE_NET,
                  2018,
                  BigDecimal.TEN.pow(30),
                  "국방부",
                  "b");
      assertThatThrownBy(() -> store.importFiles(List.of(huge.input("huge")), ImportProgress.NONE))
          .isInstanceOf(InputException.class)
          .hasMessage(
              "huge:3: expected an amount of at most 30 digits in the currency's base unit, found"
                  + " '1000000000000000000000000000000' (31 digits)");
      ListBatch many = new ListBatch("t", LEVELS, Measure.EXPENDITURE_NET);
      BigDecimal big = BigDecimal.TEN.pow(30).subtract(BigDecimal.ONE);
      for (int i = 0; i < 101; i++) {
        many.add(2018, Stage.ENACTED, Measure.EXPENDITURE_NET, 2018, big, "국방부", "p" + i);
      }
      assertThatThrownBy(() -> store.importFiles(List.of(many.input("many")), ImportProgress.NONE))
          .isInstanceOf(InputException.class)
          .hasMessage(
              "many:102: expected a slice total of at most 32 digits, found a total of 33 digits"
                  + " for measure expenditure_net, fiscal year 2018, stage enacted, reported in"
                  + " 2018");
      assertThat(store.datasets()).isEmpty();
    }
  }

  @Test
  void aMeasureKeepsItsQuantity() {
    try (ImportingStore store = emptyStore()) {
      store.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
      Measure percent =
          new Measure(
              Measure.EXPENDITURE.id(),
              Measure.EXPENDITURE.labelKo(),
              Measure.EXPENDITURE.labelEn(),
              Measure.EXPENDITURE.direction(),
              Measure.EXPENDITURE.basis(),
              Measure.Quantity.PERCENT);
      ListBatch b =
          new ListBatch("t", LEVELS, percent)
              .add(2019, Stage.ENACTED, percent, 2019, 5, "국방부", "a");
      assertThatThrownBy(() -> store.importFiles(List.of(b.input("p")), ImportProgress.NONE))
          .isInstanceOf(StoreException.class)
          .hasMessage(
              "measure expenditure of dataset t is EXPENDITURE/"
                  + Measure.EXPENDITURE.basis()
                  + "/MONEY; p declares it EXPENDITURE/"
                  + Measure.EXPENDITURE.basis()
                  + "/PERCENT");
    }
  }

  @Test
  void twoFilesOfOneImportMayNotShareASlice() {
    try (ImportingStore store = emptyStore()) {
      ListBatch whole =
          new ListBatch("t", LEVELS, Measure.EXPENDITURE_NET)
              .add(2018, Stage.ENACTED, Measure.EXPENDITURE_NET, 2018, 120, "국방부", "a")
              .add(2018, Stage.ENACTED, Measure.EXPENDITURE_NET, 2018, 30, "국방부", "b");
      ListBatch part =
          new ListBatch("t", LEVELS, Measure.EXPENDITURE_NET)
              .add(2018, Stage.ENACTED, Measure.EXPENDITURE_NET, 2018, 30, "국방부", "b");
      assertThatThrownBy(
              () ->
                  store.importFiles(
                      List.of(whole.input("whole"), part.input("part")), ImportProgress.NONE))
          .isInstanceOf(InputException.class)
          .hasMessage(
              "part:2: expected each slice of an import from one file only, found dataset t"
                  + " measure expenditure_net, fiscal year 2018, stage enacted, reported in 2018,"
                  + " which whole of the same import also holds (import one of them, or each in"
                  + " its own import to replace the other)");
      assertThat(store.datasets()).isEmpty();
    }
  }

  @Test
  void unknownLevelIsAQueryError() {
    try (ImportingStore store = emptyStore()) {
      store.importFiles(List.of(budget2018().input("a")), ImportProgress.NONE);
      assertThatThrownBy(() -> store.aggregate(q(store, "stage,ministr", "")))
          .isInstanceOf(QueryException.class)
          .hasMessage(
              "drilldown at 7: unknown dimension 'ministr' in dataset t; known: fiscal_year, stage,"
                  + " measure, reported_in, ministry, program");
    }
  }
}
