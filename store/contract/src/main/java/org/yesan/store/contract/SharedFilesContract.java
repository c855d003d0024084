package org.yesan.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.SourceFormats;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Fact;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Drilldown;
import org.yesan.store.Slice;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportReport;
import org.yesan.store.imports.ImportingStore;

/**
 * Every real file in {@code ../shared/data}, each into its own dataset in one import, totalled by
 * the store and compared with the sums of the same facts taken here without it: per slice (measure,
 * year, stage, vintage: never added across them) and per member of the first level in each slice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SharedFilesContract {

  /** A new store holding nothing, kept open for the whole class. */
  protected abstract ImportingStore emptyStore();

  private ImportingStore store;
  private final List<SharedFile> files = new ArrayList<>();

  /**
   * One shared file, the dataset it went into, its totals taken without the store, the first fact
   * finer than a cent (which the store must refuse), and what its import did.
   */
  private record SharedFile(
      Path file,
      String dataset,
      Map<String, Tally> slices,
      Map<String, Tally> members,
      Optional<Fact> finerThanCents,
      Optional<ImportReport> imported,
      Optional<RuntimeException> refused) {}

  /** A count of facts and their exact sum. */
  private record Tally(long facts, BigDecimal total) {
    Tally plus(BigDecimal amount) {
      return new Tally(facts + 1, total.add(amount));
    }

    @Override
    public String toString() {
      return facts + " facts, " + total.stripTrailingZeros().toPlainString();
    }
  }

  /**
   * Shared files that no reader imports, said here so that a file no longer recognised fails the
   * test instead of dropping out of it: the headline table of news figures is read by the claim
   * checks, not imported as budget lines.
   */
  private static final Set<String> NOT_BUDGET_LINES = Set.of("kr-headline/total_expenditure.csv");

  static Path sharedData() {
    return Path.of(System.getProperty("yesan.shared", "../shared")).resolve("data");
  }

  /** The files a user would import: CSV tables and data package descriptors. */
  static List<Path> sharedFiles() {
    Path data = sharedData();
    assertThat(data).as("the shared data folder (property yesan.shared)").isDirectory();
    try (Stream<Path> all = Files.walk(data)) {
      return all.filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString();
                boolean packaged = Files.exists(p.resolveSibling("datapackage.json"));
                boolean inPackage =
                    p.getParent() != null
                        && p.getParent().getFileName().toString().equals("data")
                        && Files.exists(p.getParent().resolveSibling("datapackage.json"));
                return name.equals("datapackage.json")
                    || (name.endsWith(".csv") && !packaged && !inPackage);
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(Fact f) {
    return f.measure()
        + " "
        + f.fiscalYear().value()
        + " "
        + f.stage().id()
        + " "
        + f.reportedIn().value();
  }

  // Each file in its own import, so that one refused file leaves the others to be checked.
  @BeforeAll
  void importEverySharedFile() {
    SourceFormats formats = SourceFormats.installed();
    List<String> unread = new ArrayList<>();
    store = emptyStore();
    int n = 0;
    for (Path f : sharedFiles()) {
      if (NOT_BUDGET_LINES.contains(sharedData().relativize(f).toString())) {
        unread.add(sharedData().relativize(f).toString());
        continue;
      }
      SourceFormat format = formats.detect(f);
      Map<String, Tally> slices = new TreeMap<>();
      Map<String, Tally> members = new TreeMap<>();
      List<Fact> fine = new ArrayList<>();
      try (SourceBatch reference = format.open(f, ImportOptions.defaults())) {
        reference.forEach(
            fact -> {
              slices.merge(key(fact), new Tally(1, fact.amount()), (a, b) -> a.plus(b.total()));
              if (!fact.members().isEmpty()) {
                members.merge(
                    key(fact) + " " + fact.members().get(0).orElse(""),
                    new Tally(1, fact.amount()),
                    (a, b) -> a.plus(b.total()));
              }
              if (fine.isEmpty() && fact.amount().stripTrailingZeros().scale() > 2) {
                fine.add(fact);
              }
            });
      }
      String dataset = String.format("shared-%02d", n++);
      Optional<ImportReport> imported = Optional.empty();
      Optional<RuntimeException> refused = Optional.empty();
      try (SourceBatch batch = format.open(f, ImportOptions.defaults())) {
        imported =
            Optional.of(
                store.importFiles(
                    List.of(
                        new ImportInput(
                            f, format.id(), "sha256-of-" + f, batch, Optional.of(dataset))),
                    ImportProgress.NONE));
      } catch (RuntimeException e) {
        refused = Optional.of(e);
      }
      files.add(
          new SharedFile(
              f, dataset, slices, members, fine.stream().findFirst(), imported, refused));
    }
    assertThat(unread).containsExactlyInAnyOrderElementsOf(NOT_BUDGET_LINES);
  }

  @AfterAll
  void closeTheStore() {
    if (store != null) {
      store.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everySharedFileTotalsExactly() {
    assertThat(files).as("shared files").hasSizeGreaterThan(50);
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    sharedData().relativize(f.file()).toString(), () -> totalsOf(f)));
  }

  private void totalsOf(SharedFile f) {
    if (f.finerThanCents().isPresent()) {
      // The store keeps amounts to the cent; a finer one is refused at its line, never rounded.
      Fact fine = f.finerThanCents().get();
      assertThat(f.refused())
          .as("import of " + f.file())
          .get()
          .isInstanceOf(InputException.class)
          .extracting(Throwable::getMessage)
          .isEqualTo(
              f.file()
                  + ":"
                  + fine.sourceLine()
                  + ": expected an amount with at most 2 decimal places in the currency's base"
                  + " unit, found "
                  + fine.amount().toPlainString());
      assertThat(store.dataset(f.dataset())).isEmpty();
      return;
    }
    assertThat(f.refused()).as("import of " + f.file()).isEmpty();
    long facts = f.slices().values().stream().mapToLong(Tally::facts).sum();
    assertThat(f.imported().orElseThrow().facts()).isEqualTo(facts);
    DatasetInfo info = store.require(f.dataset());
    assertThat(f.slices()).as("facts read from " + f.file()).isNotEmpty();
    Map<String, Tally> sliceTable = new TreeMap<>();
    for (Slice s : store.slices(f.dataset())) {
      sliceTable.put(
          s.measure()
              + " "
              + s.fiscalYear().value()
              + " "
              + s.stage().id()
              + " "
              + s.reportedIn().value(),
          new Tally(s.facts(), s.total()));
    }
    assertThat(normalized(sliceTable)).isEqualTo(normalized(f.slices()));
    // The same totals again from the facts themselves, not from the catalog of slices.
    AggregateResult bySlice =
        store.aggregate(
            AggregateQuery.of(f.dataset())
                .withDrilldown(Drilldown.parse("measure,fiscal_year,stage,reported_in")));
    Map<String, Tally> fromFacts = new TreeMap<>();
    bySlice
        .cells()
        .forEach(
            c -> fromFacts.put(String.join(" ", c.members()), new Tally(c.count(), c.amount())));
    assertThat(normalized(fromFacts)).isEqualTo(normalized(f.slices()));
    if (!info.levels().isEmpty()) {
      String level = info.levels().get(0).id();
      AggregateResult byMember =
          store.aggregate(
              AggregateQuery.of(f.dataset())
                  .withDrilldown(
                      Drilldown.parse("measure,fiscal_year,stage,reported_in," + level)));
      Map<String, Tally> members = new TreeMap<>();
      byMember
          .cells()
          .forEach(
              c -> members.put(String.join(" ", c.members()), new Tally(c.count(), c.amount())));
      assertThat(normalized(members)).isEqualTo(normalized(f.members()));
    }
  }

  /** Totals as plain strings, so that 5.00 and 5 compare equal and a difference prints whole. */
  private static Map<String, String> normalized(Map<String, Tally> tallies) {
    Map<String, String> out = new TreeMap<>();
    tallies.forEach((k, v) -> out.put(k, v.toString()));
    return out;
  }
}
