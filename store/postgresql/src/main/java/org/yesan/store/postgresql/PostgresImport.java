package org.yesan.store.postgresql;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import org.postgresql.PGConnection;
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
import org.yesan.store.sql.StoreValidator;
import org.yesan.store.sql.TableNames;

/**
 * One all-or-nothing import into PostgreSQL: every file's facts are streamed in with {@code COPY}
 * inside a single transaction, the slices they cover replace the stored slices of the same measure,
 * year, stage and vintage, the result is validated, and only then does the transaction commit.
 */
final class PostgresImport {

  /** Taken for the transaction, so that imports from any number of processes run one at a time. */
  private static final long IMPORT_LOCK = 0x7965_7361_6e00_0001L;

  private final Connection connection;
  private final IntSupplier ids;
  private final ImportProgress progress;
  private final List<String> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /**
   * @param ids the next value of the store's id sequence, drawn on another connection: the import's
   *     own is busy with a {@code COPY} when a new slice appears
   */
  PostgresImport(Connection connection, IntSupplier ids, ImportProgress progress) {
    this.connection = connection;
    this.ids = ids;
    this.progress = progress;
  }

  private record SliceTally(int id, int sourceId, Path file, long[] facts, BigDecimal[] total) {
    SliceTally(int id, int sourceId, Path file) {
      this(id, sourceId, file, new long[1], new BigDecimal[] {BigDecimal.ZERO});
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
      try (PreparedStatement lock =
          connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        lock.setLong(1, IMPORT_LOCK);
        lock.execute();
      }
      for (int i = 0; i < inputs.size(); i++) {
        ImportInput in = inputs.get(i);
        progress.fileStarted(in.file(), i, inputs.size());
        BatchDescription d = in.batch().description();
        String name = in.dataset().orElse(d.suggestedDataset());
        DatasetState ds = touched.get(name);
        if (ds == null) {
          ds = loadOrCreate(name, d);
          touched.put(name, ds);
        }
        for (Level added :
            ImportRules.merge(ds.name, ds.levels, ds.hierarchies, ds.measures, d, in.file())) {
          execute(
              "ALTER TABLE "
                  + TableNames.lineTable(ds.id)
                  + " ADD COLUMN IF NOT EXISTS "
                  + TableNames.levelColumn(added.id())
                  + " VARCHAR");
        }
        facts += appendFacts(ds, in, facts);
      }
      List<ImportReport.DatasetChange> changes = new ArrayList<>();
      for (DatasetState ds : touched.values()) {
        changes.add(commitSlices(ds));
      }
      CatalogWrites.dropUnusedSources(connection);
      List<ImportReport.DatasetChange> validated =
          ImportRules.validated(
              changes, name -> new StoreValidator(new StoreQueries(connection)).validate(name));
      for (DatasetState ds : touched.values()) {
        // Fresh statistics, so that the first queries after an import are planned on real sizes.
        execute("ANALYZE " + TableNames.factTable(ds.id));
        execute("ANALYZE " + TableNames.lineTable(ds.id));
      }
      connection.commit();
      progress.finished();
      return new ImportReport(
          validated, facts, (System.nanoTime() - start) / 1_000_000, warnings, notes);
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
        // The connection is unusable; the pool discards it.
      }
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // The server discards an uncommitted transaction when the connection goes.
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private DatasetState loadOrCreate(String name, BatchDescription d) throws SQLException {
    DatasetState ds = new DatasetState();
    ds.name = name;
    Optional<CatalogWrites.StoredDataset> stored = CatalogWrites.find(connection, name);
    if (stored.isPresent()) {
      ds.id = stored.get().id();
      ImportRules.requireCurrency(name, stored.get().currency(), d);
      ds.levels = new ArrayList<>(stored.get().model().levels());
      ds.hierarchies = new ArrayList<>(stored.get().model().hierarchies());
      ds.measures = new ArrayList<>(stored.get().model().measures());
      return ds;
    }
    ds.created = true;
    ds.id = ids.getAsInt();
    ds.levels = new ArrayList<>();
    ds.hierarchies = new ArrayList<>();
    ds.measures = new ArrayList<>();
    execute(PostgresSchema.createFactTable(ds.id));
    execute(PostgresSchema.createLineTable(ds.id));
    CatalogWrites.insertDataset(connection, ds.id, name, d);
    return ds;
  }

  private long appendFacts(DatasetState ds, ImportInput in, long doneBefore) throws SQLException {
    BatchDescription d = in.batch().description();
    int sourceId = ids.getAsInt();
    List<String> columns = lineColumns(ds.id);
    int[] columnOfMember = new int[d.levels().size()];
    for (int i = 0; i < columnOfMember.length; i++) {
      columnOfMember[i] = columns.indexOf(TableNames.levelColumn(d.levels().get(i).id()));
    }
    int width = columns.size();
    loadLines(ds, columns);
    List<String[]> newLines = new ArrayList<>();
    Set<String> measures = new LinkedHashSet<>();
    d.measures().forEach(m -> measures.add(m.id()));
    String[] row = new String[width];
    long[] count = {0};
    long[] lastLine = {0};
    Map<SliceKey, SliceTally> fileSlices = new HashMap<>();
    CopyText copy =
        copyInto(
            TableNames.factTable(ds.id),
            List.of(
                "slice_id",
                "source_id",
                "source_line",
                "line_id",
                "measure",
                "fiscal_year",
                "stage",
                "reported_in",
                "amount"));
    try {
      in.batch()
          .forEach(
              (Fact f) -> {
                ImportRules.checkFact(in, f, measures, columnOfMember.length);
                SliceKey key = SliceKey.of(f);
                SliceTally tally = fileSlices.get(key);
                if (tally == null) {
                  SliceTally other = ds.slices.get(key);
                  if (other != null) {
                    throw ImportRules.sliceHeldTwice(in, f, ds.name, key, other.file());
                  }
                  tally = new SliceTally(ids.getAsInt(), sourceId, in.file());
                  ds.slices.put(key, tally);
                  fileSlices.put(key, tally);
                }
                lastLine[0] = Math.max(lastLine[0], f.sourceLine());
                BigDecimal amount = ImportRules.toStoredScale(f, in.file());
                tally.facts()[0]++;
                tally.total()[0] = tally.total()[0].add(amount);
                ImportRules.checkTotal(tally.total()[0], key, f, in.file());
                Arrays.fill(row, null);
                for (int i = 0; i < columnOfMember.length; i++) {
                  row[columnOfMember[i]] = f.members().get(i).orElse(null);
                }
                Integer lineId = ds.lineIds.get(Arrays.asList(row));
                if (lineId == null) {
                  lineId = ds.nextLineId++;
                  String[] path = row.clone();
                  ds.lineIds.put(Arrays.asList(path), lineId);
                  newLines.add(path);
                }
                try {
                  copy.add(tally.id())
                      .add(sourceId)
                      .add(f.sourceLine())
                      .add(lineId)
                      .add(f.measure())
                      .add(f.fiscalYear().value())
                      .add(f.stage().id())
                      .add(f.reportedIn().value())
                      .add(amount)
                      .endRow();
                } catch (SQLException e) {
                  throw new StoreException(
                      "cannot store " + in.file() + ":" + f.sourceLine() + ": " + e.getMessage(),
                      e);
                }
                if ((++count[0] & 0xFFFF) == 0) {
                  progress.facts(doneBefore + count[0]);
                }
              });
      copy.finish();
    } catch (RuntimeException | SQLException e) {
      copy.cancel();
      throw e;
    }
    progress.facts(doneBefore + count[0]);
    notes.addAll(in.batch().notes());
    ImportRules.cutFileWarning(in, lastLine[0]).ifPresent(warnings::add);
    appendLines(ds, columns, newLines);
    CatalogWrites.insertSource(connection, sourceId, ds.id, in, count[0]);
    return count[0];
  }

  /** The level columns of a dataset's line table, in table order. */
  private List<String> lineColumns(int datasetId) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                + " current_schema() AND table_name = ? ORDER BY ordinal_position")) {
      ps.setString(1, TableNames.lineTable(datasetId));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    return columns.subList(TableNames.LINE_FIXED_COLUMNS, columns.size());
  }

  /** Reads the dataset's line paths once per import; widens them when a file added levels. */
  private void loadLines(DatasetState ds, List<String> columns) throws SQLException {
    int width = columns.size();
    if (ds.lineIds != null) {
      if (!ds.lineIds.isEmpty() && ds.lineIds.keySet().iterator().next().size() < width) {
        Map<List<String>, Integer> widened = new HashMap<>();
        ds.lineIds.forEach(
            (path, id) ->
                widened.put(Arrays.asList(Arrays.copyOf(path.toArray(String[]::new), width)), id));
        ds.lineIds = widened;
      }
      return;
    }
    ds.lineIds = new HashMap<>();
    ds.nextLineId = 1;
    String select =
        "SELECT line_id"
            + (columns.isEmpty() ? "" : ", " + String.join(", ", columns))
            + " FROM "
            + TableNames.lineTable(ds.id);
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(select)) {
      while (rs.next()) {
        int id = rs.getInt(1);
        String[] path = new String[width];
        for (int i = 0; i < width; i++) {
          path[i] = rs.getString(i + 2);
        }
        ds.lineIds.put(Arrays.asList(path), id);
        ds.nextLineId = Math.max(ds.nextLineId, id + 1);
      }
    }
  }

  private void appendLines(DatasetState ds, List<String> columns, List<String[]> lines)
      throws SQLException {
    if (lines.isEmpty()) {
      return;
    }
    List<String> all = new ArrayList<>();
    all.add("line_id");
    all.addAll(columns);
    CopyText copy = copyInto(TableNames.lineTable(ds.id), all);
    try {
      for (String[] line : lines) {
        copy.add(ds.lineIds.get(Arrays.asList(line)).longValue());
        for (int i = 0; i < columns.size(); i++) {
          String member = i < line.length ? line[i] : null;
          if (member == null) {
            copy.addMissing();
          } else {
            copy.add(member);
          }
        }
        copy.endRow();
      }
      copy.finish();
    } catch (SQLException | RuntimeException e) {
      copy.cancel();
      throw e;
    }
  }

  private CopyText copyInto(String table, List<String> columns) throws SQLException {
    return new CopyText(
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN"));
  }

  private ImportReport.DatasetChange commitSlices(DatasetState ds) throws SQLException {
    int replaced = 0;
    List<Slice> written = new ArrayList<>();
    for (Map.Entry<SliceKey, SliceTally> e : ds.slices.entrySet()) {
      SliceKey k = e.getKey();
      SliceTally t = e.getValue();
      replaced +=
          CatalogWrites.replaceSlice(
              connection, ds.id, k, t.id(), t.sourceId(), t.facts()[0], t.total()[0]);
      written.add(
          new Slice(
              k.measure(),
              FiscalYear.of(k.fiscalYear()),
              Stage.parse(k.stage()),
              FiscalYear.of(k.reportedIn()),
              t.facts()[0],
              StoreQueries.plain(t.total()[0]),
              t.file().toString()));
    }
    CatalogWrites.finishDataset(
        connection, ds.id, new ModelJson(ds.levels, ds.hierarchies, ds.measures));
    return new ImportReport.DatasetChange(ds.name, ds.created, written, replaced);
  }
}
