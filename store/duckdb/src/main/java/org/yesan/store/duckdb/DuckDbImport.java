package org.yesan.store.duckdb;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.BulkCsv;
import org.yesan.ingest.PlainCsvFile;
import org.yesan.model.Fact;
import org.yesan.store.imports.CatalogWrites;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportRules;
import org.yesan.store.imports.ImportRules.SliceKey;
import org.yesan.store.imports.SqlImport;
import org.yesan.validation.ValidationReport;

/**
 * One all-or-nothing import into DuckDB (see {@link SqlImport}): a plain CSV file is loaded by
 * DuckDB's own CSV reader, any other file's facts are appended with DuckDB's Appender while another
 * thread reads the file.
 */
final class DuckDbImport extends SqlImport {

  private final DuckDBConnection duck;

  /**
   * The smallest file DuckDB's CSV reader loads: below it the reader's fixed cost per file (staging
   * table, set-based inserts, cross-checks) outweighs reading row by row (the 48 열린재정 files of
   * 70-400 KB took 0.5 s longer in all that way).
   */
  static final long BULK_MIN_BYTES = 1L << 20;

  /** A threshold under which every plain file is read row by row. */
  static final long NEVER_BULK = Long.MAX_VALUE;

  private final long bulkMinBytes;
  private final java.util.ArrayDeque<Integer> ids = new java.util.ArrayDeque<>();

  /**
   * Each dataset's line-table columns, read when first needed and dropped when a level is added.
   */
  private final Map<Integer, List<String>> lineColumns = new HashMap<>();

  private PlainCsvScans scans;

  /** Per dataset, whether its rows table keeps amounts narrow; read when first needed. */
  private final Map<Integer, Boolean> narrowTables = new HashMap<>();

  /** Per input, the description under which DuckDB's reader may load it; decided once, in begin. */
  private List<Optional<BulkCsv>> bulkFiles = List.of();

  private List<ImportInput> inputs = List.of();

  /** The reading of the file after the one being stored, by its index, when it is read by rows. */
  private Optional<Map.Entry<Integer, FactPipe>> nextReading = Optional.empty();

  DuckDbImport(
      DuckDBConnection connection,
      ImportProgress progress,
      Function<String, ValidationReport> validator) {
    this(connection, progress, validator, BULK_MIN_BYTES);
  }

  /**
   * @param bulkMinBytes the size from which files a batch describes as {@link BulkCsv} may be
   *     loaded by DuckDB's CSV reader when they prove plain; tests set 0 or {@link #NEVER_BULK} to
   *     compare the two readings
   */
  DuckDbImport(
      DuckDBConnection connection,
      ImportProgress progress,
      Function<String, ValidationReport> validator,
      long bulkMinBytes) {
    super(connection, progress, validator);
    this.duck = connection;
    this.bulkMinBytes = bulkMinBytes;
  }

  /**
   * DuckDB's memory during an import; by default it may take 80% of RAM, and the staging of large
   * files used it (2.1 GB peak at 10M rows). Past the limit DuckDB spills to disk instead.
   */
  static final String IMPORT_MEMORY_LIMIT = "1GB";

  private boolean memoryLimited;

  @Override
  protected void begin(List<ImportInput> inputs) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SET memory_limit = '" + IMPORT_MEMORY_LIMIT + "'");
      memoryLimited = true;
    }
    bulkFiles =
        inputs.stream()
            .map(in -> bulkWorthIt(in) ? in.batch().bulkCsv() : Optional.<BulkCsv>empty())
            .toList();
    scans = new PlainCsvScans(bulkFiles);
    this.inputs = inputs;
  }

  /** The reading of input {@code index}, started before if it was the next, and the next one's. */
  private FactPipe reading(int index) {
    FactPipe pipe =
        nextReading
            .filter(e -> e.getKey() == index)
            .map(Map.Entry::getValue)
            .orElseGet(() -> FactPipe.start(inputs.get(index).batch()));
    nextReading = Optional.empty();
    int next = index + 1;
    if (next < inputs.size() && bulkFiles.get(next).isEmpty()) {
      nextReading = Optional.of(Map.entry(next, FactPipe.start(inputs.get(next).batch())));
    }
    return pipe;
  }

  private boolean bulkWorthIt(ImportInput in) {
    if (bulkMinBytes == NEVER_BULK) {
      return false;
    }
    try {
      return java.nio.file.Files.size(in.file()) >= bulkMinBytes;
    } catch (java.io.IOException e) {
      // The batch's own reading reports an unreadable file at its place.
      return false;
    }
  }

  @Override
  protected void end() {
    // A failed import may leave the next file's reading started.
    nextReading.ifPresent(e -> e.getValue().cancel());
    nextReading = Optional.empty();
    if (scans != null) {
      scans.close();
    }
    if (memoryLimited) {
      // The store never sets its own limit, so the default is what it had (a shown value such
      // as "18.8 GiB" is rounded and would not restore it exactly).
      try (Statement s = connection.createStatement()) {
        s.execute("RESET memory_limit");
      } catch (SQLException e) {
        // The store stays usable under the import's limit; queries only spill sooner.
      }
    }
  }

  @Override
  protected void createTables(int datasetId) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String ddl : FactLayout.create(datasetId)) {
        s.execute(ddl);
      }
      s.execute(StoreSchema.createLineTable(datasetId));
    }
  }

  @Override
  protected String factRows(int datasetId) {
    return FactLayout.rowTable(datasetId);
  }

  @Override
  protected void addLevelColumn(int datasetId, String levelId) throws SQLException {
    lineColumns.remove(datasetId);
    String table = StoreSchema.lineTable(datasetId);
    String column = StoreSchema.levelColumn(levelId);
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?")) {
      ps.setString(1, table);
      ps.setString(2, column);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
    }
    try (Statement s = connection.createStatement()) {
      s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " VARCHAR");
    }
  }

  private boolean narrow(int datasetId) throws SQLException {
    Boolean known = narrowTables.get(datasetId);
    if (known == null) {
      known = FactLayout.isNarrow(connection, datasetId);
      narrowTables.put(datasetId, known);
    }
    return known;
  }

  // Ids come in blocks: one statement per id cost milliseconds each inside a large transaction.
  @Override
  protected int nextId() throws SQLException {
    if (ids.isEmpty()) {
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT nextval('yesan_ids') FROM range(16)")) {
        while (rs.next()) {
          ids.add(rs.getInt(1));
        }
      }
    }
    return ids.remove();
  }

  @Override
  protected long appendFacts(DatasetState ds, ImportInput in, int index, long doneBefore)
      throws SQLException {
    BatchDescription d = in.batch().description();
    int sourceId = nextId();
    List<String> columns = lineColumns.get(ds.id);
    if (columns == null) {
      columns = tableColumns(StoreSchema.lineTable(ds.id));
      lineColumns.put(ds.id, columns);
    }
    int[] columnOfMember = new int[d.levels().size()];
    for (int i = 0; i < columnOfMember.length; i++) {
      columnOfMember[i] =
          columns.indexOf(StoreSchema.levelColumn(d.levels().get(i).id()))
              - StoreSchema.LINE_FIXED_COLUMNS;
    }
    int levelColumns = columns.size() - StoreSchema.LINE_FIXED_COLUMNS;
    Optional<BulkCsv> bulk = bulkFiles.get(index);
    if (bulk.isPresent()) {
      Optional<long[]> loaded =
          appendBulk(ds, in, bulk.get(), scans.take(index), sourceId, columns);
      if (loaded.isPresent()) {
        long n = loaded.get()[0];
        progress.facts(doneBefore + n);
        finishSource(ds, in, sourceId, n, loaded.get()[1], List.of(), levelColumns);
        return n;
      }
    }
    loadLines(ds, levelColumns);
    List<String[]> newLines = new ArrayList<>();
    Set<String> measures = new LinkedHashSet<>();
    d.measures().forEach(m -> measures.add(m.id()));
    String[] row = new String[levelColumns];
    long[] count = {0};
    long[] lastLine = {0};
    List<?>[] lastMembers = {null};
    int[] lastLineId = {0};
    Map<SliceKey, SliceTally> fileSlices = new HashMap<>();
    try (FactRowAppender appender = new FactRowAppender(duck, ds.id, narrow(ds.id))) {
      reading(index)
          .drainInto(
              (Fact f) -> {
                ImportRules.checkFact(in, f, measures, columnOfMember.length);
                SliceTally tally = tallyOf(ds, fileSlices, in, f, sourceId);
                lastLine[0] = Math.max(lastLine[0], f.sourceLine());
                BigDecimal amount = tally.add(f, SliceKey.of(f), in.file());
                // The facts of one source row (one per stage column) have equal members: look their
                // line up once. Fact copies its members, so only equality, not identity, can tell.
                int lineId;
                if (f.members().equals(lastMembers[0])) {
                  lineId = lastLineId[0];
                } else {
                  lineId = lineIdOf(ds, f, columnOfMember, row, newLines);
                  lastMembers[0] = f.members();
                  lastLineId[0] = lineId;
                }
                try {
                  // The measure, year, stage, vintage and source are the slice's: the tally is
                  // keyed by the first four and belongs to this file alone (tallyOf refuses a
                  // slice another file holds), so the slice row written at the end gives every
                  // fact its own.
                  appender.append(tally.id, f.sourceLine(), lineId, amount);
                } catch (SQLException e) {
                  throw cannotStore(in, f, e);
                }
                if ((++count[0] & 0xFFFF) == 0) {
                  progress.facts(doneBefore + count[0]);
                }
              });
      narrowTables.put(ds.id, appender.narrow());
    }
    progress.facts(doneBefore + count[0]);
    finishSource(ds, in, sourceId, count[0], lastLine[0], newLines, levelColumns);
    return count[0];
  }

  private void finishSource(
      DatasetState ds,
      ImportInput in,
      int sourceId,
      long facts,
      long lastLine,
      List<String[]> newLines,
      int levelColumns)
      throws SQLException {
    notes.addAll(in.batch().notes());
    ImportRules.cutFileWarning(in, lastLine).ifPresent(warnings::add);
    appendLines(ds, newLines, levelColumns);
    CatalogWrites.insertSource(connection, sourceId, ds.id, in, facts);
  }

  /**
   * Loads a file through DuckDB's CSV reader when it proves plain and claims no slice another file
   * of this import holds; otherwise returns empty, having stored nothing, so that the batch's own
   * reading stores the file or reports its problem at its line and column.
   *
   * @return the facts stored and the line of the last one
   */
  private Optional<long[]> appendBulk(
      DatasetState ds,
      ImportInput in,
      BulkCsv csv,
      Optional<PlainCsvFile> checked,
      int sourceId,
      List<String> columns)
      throws SQLException {
    BatchDescription d = in.batch().description();
    if (checked.isEmpty()) {
      return Optional.empty();
    }
    try (PlainCsvFile plain = checked.get()) {
      return appendBulk(ds, in, csv, plain, sourceId, columns, d);
    }
  }

  private Optional<long[]> appendBulk(
      DatasetState ds,
      ImportInput in,
      BulkCsv csv,
      PlainCsvFile plain,
      int sourceId,
      List<String> columns,
      BatchDescription d)
      throws SQLException {
    if (d.levels().size() != csv.members().size()
        || d.measures().stream().noneMatch(m -> m.id().equals(csv.measure()))
        || csv.unitFactor().precision() - csv.unitFactor().scale() > 12
        || in.file().toString().matches(".*[*?\\[\\]{}].*")) {
      return Optional.empty();
    }
    int year = plain.year().value();
    List<Integer> live = new ArrayList<>();
    for (int a = 0; a < csv.amounts().size(); a++) {
      if (plain.amounts().get(a).nonZero()) {
        live.add(a);
      }
    }
    // Slices are registered in the order the batch would first emit them: by first figure.
    live.sort(
        java.util.Comparator.comparingLong((Integer a) -> plain.amounts().get(a).firstNonZeroRow())
            .thenComparingInt(a -> a));
    Map<SliceKey, BigDecimal> totals = new LinkedHashMap<>();
    for (int a : live) {
      BulkCsv.Amount amount = csv.amounts().get(a);
      SliceKey key =
          new SliceKey(csv.measure(), year + amount.yearOffset(), amount.stage().id(), year);
      BigDecimal total =
          new BigDecimal(plain.amounts().get(a).total())
              .multiply(csv.unitFactor())
              .setScale(2, RoundingMode.UNNECESSARY);
      if (ds.slices.containsKey(key)
          || totals.put(key, total) != null
          || total.precision() - total.scale() > StoreSchema.SLICE_TOTAL_DIGITS) {
        // The batch's own reading refuses this at the row where it happens.
        return Optional.empty();
      }
    }
    if (live.isEmpty()) {
      return Optional.of(new long[] {0, 0});
    }
    List<BulkCsvLoad.LiveColumn> liveColumns = new ArrayList<>();
    List<SliceTally> tallies = new ArrayList<>();
    int i = 0;
    for (Map.Entry<SliceKey, BigDecimal> e : totals.entrySet()) {
      SliceTally t = new SliceTally(nextId(), sourceId, in);
      t.facts = plain.rows();
      t.total = e.getValue();
      tallies.add(t);
      liveColumns.add(
          new BulkCsvLoad.LiveColumn(
              live.get(i++), t.id, e.getKey().fiscalYear(), e.getKey().stage()));
    }
    List<String> memberColumns =
        d.levels().stream().map(l -> StoreSchema.levelColumn(l.id())).toList();
    List<String> otherColumns =
        columns.subList(StoreSchema.LINE_FIXED_COLUMNS, columns.size()).stream()
            .filter(c -> !memberColumns.contains(c))
            .toList();
    boolean narrow = narrow(ds.id);
    if (narrow && !fitNarrow(csv, plain, live)) {
      FactLayout.widen(connection, ds.id);
      narrowTables.put(ds.id, false);
      narrow = false;
    }
    if (!new BulkCsvLoad(duck)
        .load(csv, plain, ds.id, sourceId, memberColumns, otherColumns, liveColumns, narrow)) {
      return Optional.empty();
    }
    // Each slice records the count and total the scan found in the bytes. The validation that
    // ends every import (stored_facts) sums the rows DuckDB stored against them, and fails the
    // import on any difference; summing them here as well read every new row twice.
    i = 0;
    for (SliceKey key : totals.keySet()) {
      ds.slices.put(key, tallies.get(i++));
    }
    // The line table gained rows the in-memory dictionary lacks: reread it if it is needed.
    ds.lineIds = null;
    return Optional.of(new long[] {plain.rows() * live.size(), plain.rows() + 1});
  }

  // Whether every figure of the live amount columns, in base units, fits a narrow rows table.
  private static boolean fitNarrow(BulkCsv csv, PlainCsvFile plain, List<Integer> live) {
    for (int a : live) {
      BigDecimal largest =
          BigDecimal.valueOf(plain.amounts().get(a).largestMagnitude()).multiply(csv.unitFactor());
      if (!FactLayout.fitsNarrow(largest)) {
        return false;
      }
    }
    return true;
  }

  /** Reads the dataset's existing line paths once per import, widened to the current columns. */
  private void loadLines(DatasetState ds, int levelColumns) throws SQLException {
    if (ds.lineIds != null) {
      if (levelColumns > widthOf(ds)) {
        // A batch added levels: widen every known path with empty members so keys stay aligned.
        Map<List<String>, Integer> widened = new HashMap<>();
        for (Map.Entry<List<String>, Integer> e : ds.lineIds.entrySet()) {
          String[] w = java.util.Arrays.copyOf(e.getKey().toArray(String[]::new), levelColumns);
          widened.put(java.util.Arrays.asList(w), e.getValue());
        }
        ds.lineIds = widened;
      }
      return;
    }
    ds.lineIds = new HashMap<>();
    ds.nextLineId = 1;
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + StoreSchema.lineTable(ds.id))) {
      int width = rs.getMetaData().getColumnCount() - StoreSchema.LINE_FIXED_COLUMNS;
      while (rs.next()) {
        int id = rs.getInt(1);
        String[] path = new String[levelColumns];
        for (int i = 0; i < width; i++) {
          path[i] = rs.getString(i + 1 + StoreSchema.LINE_FIXED_COLUMNS);
        }
        ds.lineIds.put(java.util.Arrays.asList(path), id);
        ds.nextLineId = Math.max(ds.nextLineId, id + 1);
      }
    }
  }

  private static int widthOf(DatasetState ds) {
    return ds.lineIds.isEmpty() ? 0 : ds.lineIds.keySet().iterator().next().size();
  }

  private void appendLines(DatasetState ds, List<String[]> lines, int levelColumns)
      throws SQLException {
    if (lines.isEmpty()) {
      return;
    }
    try (DuckDBAppender appender = duck.createAppender("main", StoreSchema.lineTable(ds.id))) {
      for (String[] line : lines) {
        appender.beginRow();
        // Line ids are assigned in order, so the id is recoverable from the dictionary.
        appender.append(ds.lineIds.get(java.util.Arrays.asList(line)).intValue());
        for (int i = 0; i < levelColumns; i++) {
          String member = i < line.length ? line[i] : null;
          if (member == null) {
            appender.appendNull();
          } else {
            appender.append(member);
          }
        }
        appender.endRow();
      }
    }
  }

  private List<String> tableColumns(String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                + " ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    return columns;
  }
}
