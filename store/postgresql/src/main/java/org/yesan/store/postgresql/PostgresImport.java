package org.yesan.store.postgresql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import org.postgresql.PGConnection;
import org.yesan.ingest.BatchDescription;
import org.yesan.model.Fact;
import org.yesan.store.imports.CatalogWrites;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportRules;
import org.yesan.store.imports.ImportRules.SliceKey;
import org.yesan.store.imports.SqlImport;
import org.yesan.store.sql.StoreQueries;
import org.yesan.store.sql.StoreValidator;
import org.yesan.store.sql.TableNames;

/**
 * One all-or-nothing import into PostgreSQL (see {@link SqlImport}): facts and new lines are
 * streamed in with {@code COPY … FROM STDIN}, and imports from any number of processes run one at a
 * time.
 */
final class PostgresImport extends SqlImport {

  /** Taken for the transaction, so that imports from any number of processes run one at a time. */
  static final long IMPORT_LOCK = 0x7965_7361_6e00_0001L;

  /** Memory each sort or hash of the import's validation may use before it spills to disk. */
  private static final String IMPORT_WORK_MEM = "256MB";

  private static final List<String> FACT_COLUMNS =
      List.of(
          "slice_id",
          "source_id",
          "source_line",
          "line_id",
          "measure",
          "fiscal_year",
          "stage",
          "reported_in",
          "amount");

  private final IntSupplier ids;

  /**
   * @param ids the next value of the store's id sequence, drawn on another connection: the import's
   *     own is busy with a {@code COPY} when a new slice appears
   */
  PostgresImport(Connection connection, IntSupplier ids, ImportProgress progress) {
    super(
        connection,
        progress,
        dataset -> new StoreValidator(new StoreQueries(connection)).validate(dataset));
    this.ids = ids;
  }

  @Override
  protected int nextId() {
    return ids.getAsInt();
  }

  @Override
  protected void begin(List<ImportInput> inputs) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      lock.setLong(1, IMPORT_LOCK);
      lock.execute();
    }
    // The validation groups and sorts every fact of a dataset; with the server's default of 4 MB
    // that spills to disk. Only this transaction gets more, and only one import runs at a time.
    execute("SET LOCAL work_mem = '" + IMPORT_WORK_MEM + "'");
  }

  @Override
  protected void createTables(int datasetId) throws SQLException {
    execute(PostgresSchema.createFactTable(datasetId));
    execute(PostgresSchema.createLineTable(datasetId));
  }

  @Override
  protected void addLevelColumn(int datasetId, String levelId) throws SQLException {
    execute(
        "ALTER TABLE "
            + TableNames.lineTable(datasetId)
            + " ADD COLUMN IF NOT EXISTS "
            + TableNames.levelColumn(levelId)
            + " VARCHAR");
  }

  // Statistics of the tables as the import leaves them, so that its validation, and the first
  // queries after it, are planned on real sizes: a table made in this transaction has none, and
  // the planner then guesses a thousand rows for millions.
  @Override
  protected void beforeValidation(Collection<DatasetState> touched) throws SQLException {
    for (DatasetState ds : touched) {
      execute("ANALYZE " + TableNames.factTable(ds.id));
      execute("ANALYZE " + TableNames.lineTable(ds.id));
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  protected long appendFacts(DatasetState ds, ImportInput in, int index, long doneBefore)
      throws SQLException {
    BatchDescription d = in.batch().description();
    int sourceId = nextId();
    List<String> columns = lineColumns(ds.id);
    int[] columnOfMember = new int[d.levels().size()];
    for (int i = 0; i < columnOfMember.length; i++) {
      columnOfMember[i] = columns.indexOf(TableNames.levelColumn(d.levels().get(i).id()));
    }
    loadLines(ds, columns);
    List<String[]> newLines = new ArrayList<>();
    Set<String> measures = new LinkedHashSet<>();
    d.measures().forEach(m -> measures.add(m.id()));
    String[] row = new String[columns.size()];
    long[] count = {0};
    long[] lastLine = {0};
    Map<SliceKey, SliceTally> fileSlices = new HashMap<>();
    CopyText copy = copyInto(TableNames.factTable(ds.id), FACT_COLUMNS);
    try {
      in.batch()
          .forEach(
              (Fact f) -> {
                ImportRules.checkFact(in, f, measures, columnOfMember.length);
                SliceTally tally = tallyOf(ds, fileSlices, in, f, sourceId);
                lastLine[0] = Math.max(lastLine[0], f.sourceLine());
                BigDecimal amount = tally.add(f, SliceKey.of(f), in.file());
                int lineId = lineIdOf(ds, f, columnOfMember, row, newLines);
                try {
                  copy.add(tally.id)
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
                  throw cannotStore(in, f, e);
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
}
