package org.yesan.store.duckdb;

import java.math.BigDecimal;
import java.nio.file.Path;
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
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.store.Slice;
import org.yesan.store.imports.CatalogWrites;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportReport;
import org.yesan.store.imports.ImportRules;
import org.yesan.store.imports.ImportRules.SliceKey;
import org.yesan.store.sql.ModelJson;
import org.yesan.store.sql.StoreException;
import org.yesan.store.sql.StoreQueries;
import org.yesan.validation.ValidationReport;

/**
 * One all-or-nothing import: every file's facts are appended inside a single transaction, then the
 * slices they cover replace the slices of the same measure, year, stage and vintage, and the
 * transaction commits; any error rolls everything back.
 */
final class DuckDbImport {

  private final DuckDBConnection connection;
  private final ImportProgress progress;
  private final Function<String, ValidationReport> validator;

  /**
   * @param validator validates a dataset as this connection sees it, inside the import's
   *     transaction, so that a failed check can still roll the import back
   */
  DuckDbImport(
      DuckDBConnection connection,
      ImportProgress progress,
      Function<String, ValidationReport> validator) {
    this.connection = connection;
    this.progress = progress;
    this.validator = validator;
  }

  private final List<String> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private static final class SliceTally {
    final int id;
    final int sourceId;
    final Path file;
    long facts;
    BigDecimal total = BigDecimal.ZERO;

    SliceTally(int id, int sourceId, Path file) {
      this.id = id;
      this.sourceId = sourceId;
      this.file = file;
    }
  }

  private static final class DatasetState {
    int id;
    String name;
    boolean created;
    List<Level> levels;
    List<Hierarchy> hierarchies;
    List<Measure> measures;
    final Map<SliceKey, SliceTally> slices = new LinkedHashMap<>();

    /** Line paths (full width, in line-table column order) to their ids; loaded once. */
    Map<List<String>, Integer> lineIds;

    int nextLineId;
  }

  ImportReport run(List<ImportInput> inputs) {
    long start = System.nanoTime();
    ImportRules.rejectRepeatedFiles(inputs);
    Map<String, DatasetState> touched = new LinkedHashMap<>();
    long facts = 0;
    try {
      connection.setAutoCommit(false);
      for (int i = 0; i < inputs.size(); i++) {
        ImportInput in = inputs.get(i);
        progress.fileStarted(in.file(), i, inputs.size());
        BatchDescription d = in.batch().description();
        String name = in.dataset().orElse(d.suggestedDataset());
        DatasetState ds = touched.get(name);
        if (ds == null) {
          ds = loadOrCreate(name, d, in.file());
          touched.put(name, ds);
        } else {
          merge(ds, d, in.file());
        }
        facts += appendFacts(ds, in, facts);
      }
      List<ImportReport.DatasetChange> changes = new ArrayList<>();
      for (DatasetState ds : touched.values()) {
        changes.add(commitSlices(ds));
      }
      CatalogWrites.dropUnusedSources(connection);
      changes = ImportRules.validated(changes, validator);
      connection.commit();
      progress.finished();
      return new ImportReport(
          changes, facts, (System.nanoTime() - start) / 1_000_000, warnings, notes);
    } catch (SQLException e) {
      rollback();
      throw new StoreException("import failed and was rolled back: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      rollback();
      throw e;
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        // The connection is unusable; the next statement reports it.
      }
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // Nothing more can be done: DuckDB discards an uncommitted transaction on close.
    }
  }

  private DatasetState loadOrCreate(String name, BatchDescription d, Path file)
      throws SQLException {
    DatasetState ds = new DatasetState();
    ds.name = name;
    Optional<CatalogWrites.StoredDataset> stored = CatalogWrites.find(connection, name);
    if (stored.isPresent()) {
      ds.id = stored.get().id();
      ImportRules.requireCurrency(name, stored.get().currency(), d);
      ds.levels = new ArrayList<>(stored.get().model().levels());
      ds.hierarchies = new ArrayList<>(stored.get().model().hierarchies());
      ds.measures = new ArrayList<>(stored.get().model().measures());
      merge(ds, d, file);
      return ds;
    }
    ds.created = true;
    ds.id = nextId();
    ds.levels = new ArrayList<>();
    ds.hierarchies = new ArrayList<>();
    ds.measures = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      s.execute(StoreSchema.createFactTable(ds.id));
      s.execute(StoreSchema.createLineTable(ds.id));
    }
    CatalogWrites.insertDataset(connection, ds.id, name, d);
    merge(ds, d, file);
    return ds;
  }

  /** Adds the batch's new levels, hierarchies and measures; refuses conflicting definitions. */
  private void merge(DatasetState ds, BatchDescription d, Path file) throws SQLException {
    for (Level added :
        ImportRules.merge(ds.name, ds.levels, ds.hierarchies, ds.measures, d, file)) {
      addLevelColumn(ds.id, added.id());
    }
  }

  private void addLevelColumn(int datasetId, String levelId) throws SQLException {
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

  private int nextId() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('yesan_ids')")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private long appendFacts(DatasetState ds, ImportInput in, long doneBefore) throws SQLException {
    BatchDescription d = in.batch().description();
    int sourceId = nextId();
    List<String> columns = tableColumns(StoreSchema.lineTable(ds.id));
    int[] columnOfMember = new int[d.levels().size()];
    for (int i = 0; i < columnOfMember.length; i++) {
      columnOfMember[i] =
          columns.indexOf(StoreSchema.levelColumn(d.levels().get(i).id()))
              - StoreSchema.LINE_FIXED_COLUMNS;
    }
    int levelColumns = columns.size() - StoreSchema.LINE_FIXED_COLUMNS;
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
    try (DuckDBAppender appender =
        connection.createAppender("main", StoreSchema.factTable(ds.id))) {
      FactPipe.run(
          in.batch(),
          (Fact f) -> {
            ImportRules.checkFact(in, f, measures, columnOfMember.length);
            SliceKey key = SliceKey.of(f);
            SliceTally tally = fileSlices.get(key);
            if (tally == null) {
              tally = ds.slices.get(key);
              if (tally != null && tally.sourceId != sourceId) {
                throw ImportRules.sliceHeldTwice(in, f, ds.name, key, tally.file);
              } else {
                try {
                  tally = new SliceTally(nextId(), sourceId, in.file());
                } catch (SQLException e) {
                  throw new StoreException(e.getMessage(), e);
                }
                ds.slices.put(key, tally);
                fileSlices.put(key, tally);
              }
            }
            lastLine[0] = Math.max(lastLine[0], f.sourceLine());
            BigDecimal amount = ImportRules.toStoredScale(f, in.file());
            tally.facts++;
            tally.total = tally.total.add(amount);
            ImportRules.checkTotal(tally.total, key, f, in.file());
            // The facts of one source row (one per stage column) have equal members: look their
            // line up once. Fact copies its members, so only equality, not identity, can tell.
            int lineId;
            if (f.members().equals(lastMembers[0])) {
              lineId = lastLineId[0];
            } else {
              java.util.Arrays.fill(row, null);
              for (int i = 0; i < columnOfMember.length; i++) {
                row[columnOfMember[i]] = f.members().get(i).orElse(null);
              }
              List<String> path = java.util.Arrays.asList(row);
              Integer known = ds.lineIds.get(path);
              if (known == null) {
                known = ds.nextLineId++;
                String[] copy = row.clone();
                ds.lineIds.put(java.util.Arrays.asList(copy), known);
                newLines.add(copy);
              }
              lineId = known;
              lastMembers[0] = f.members();
              lastLineId[0] = lineId;
            }
            try {
              appender.beginRow();
              appender.append(tally.id);
              appender.append(sourceId);
              appender.append(f.sourceLine());
              appender.append(lineId);
              appender.append(f.measure());
              appender.append(f.fiscalYear().value());
              appender.append(f.stage().id());
              appender.append(f.reportedIn().value());
              appender.append(amount);
              appender.endRow();
            } catch (SQLException e) {
              throw new StoreException(
                  "cannot store " + in.file() + ":" + f.sourceLine() + ": " + e.getMessage(), e);
            }
            if ((++count[0] & 0xFFFF) == 0) {
              progress.facts(doneBefore + count[0]);
            }
          });
    }
    progress.facts(doneBefore + count[0]);
    notes.addAll(in.batch().notes());
    ImportRules.cutFileWarning(in, lastLine[0]).ifPresent(warnings::add);
    appendLines(ds, newLines, levelColumns);
    CatalogWrites.insertSource(connection, sourceId, ds.id, in, count[0]);
    return count[0];
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
    try (DuckDBAppender appender =
        connection.createAppender("main", StoreSchema.lineTable(ds.id))) {
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

  private ImportReport.DatasetChange commitSlices(DatasetState ds) throws SQLException {
    int replaced = 0;
    List<Slice> written = new ArrayList<>();
    for (Map.Entry<SliceKey, SliceTally> e : ds.slices.entrySet()) {
      SliceKey k = e.getKey();
      SliceTally t = e.getValue();
      replaced +=
          CatalogWrites.replaceSlice(connection, ds.id, k, t.id, t.sourceId, t.facts, t.total);
      written.add(
          new Slice(
              k.measure(),
              FiscalYear.of(k.fiscalYear()),
              Stage.parse(k.stage()),
              FiscalYear.of(k.reportedIn()),
              t.facts,
              StoreQueries.plain(t.total),
              t.file.toString()));
    }
    CatalogWrites.finishDataset(
        connection, ds.id, new ModelJson(ds.levels, ds.hierarchies, ds.measures));
    return new ImportReport.DatasetChange(ds.name, ds.created, written, replaced);
  }
}
