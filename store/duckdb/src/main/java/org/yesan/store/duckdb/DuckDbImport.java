package org.yesan.store.duckdb;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.yesan.ingest.BatchDescription;
import org.yesan.model.Fact;
import org.yesan.store.imports.CatalogWrites;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportRules;
import org.yesan.store.imports.ImportRules.SliceKey;
import org.yesan.store.imports.SqlImport;
import org.yesan.store.sql.StoreException;
import org.yesan.validation.ValidationReport;

/**
 * One all-or-nothing import into DuckDB (see {@link SqlImport}): facts are appended with DuckDB's
 * Appender while another thread reads the file.
 */
final class DuckDbImport extends SqlImport {

  private final DuckDBConnection duck;

  DuckDbImport(
      DuckDBConnection connection,
      ImportProgress progress,
      Function<String, ValidationReport> validator) {
    super(connection, progress, validator);
    this.duck = connection;
  }

  @Override
  protected void createTables(int datasetId) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(StoreSchema.createFactTable(datasetId));
      s.execute(StoreSchema.createLineTable(datasetId));
    }
  }

  @Override
  protected void addLevelColumn(int datasetId, String levelId) throws SQLException {
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

  @Override
  protected int nextId() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('yesan_ids')")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Override
  protected long appendFacts(DatasetState ds, ImportInput in, long doneBefore) throws SQLException {
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
    try (DuckDBAppender appender = duck.createAppender("main", StoreSchema.factTable(ds.id))) {
      FactPipe.run(
          in.batch(),
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
