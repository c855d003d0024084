package org.yesan.store.duckdb;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.yesan.ingest.InputException;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.store.Slice;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportRefusedException;
import org.yesan.store.imports.ImportReport;
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

  /** Formats whose files are CSV text, where a missing last line ending hints at a cut file. */
  private static final Set<String> TEXT_FORMATS = Set.of("openfiscal", "mapped", "omb", "headline");

  private final List<String> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private static boolean endsWithoutLineBreak(Path file) {
    try (java.nio.channels.SeekableByteChannel ch = java.nio.file.Files.newByteChannel(file)) {
      long size = ch.size();
      if (size == 0) {
        return false;
      }
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
      ch.position(size - 1).read(last);
      byte b = last.get(0);
      return b != '\n' && b != '\r';
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private record SliceKey(String measure, int fiscalYear, String stage, int reportedIn) {}

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
    rejectRepeatedFiles(inputs);
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
      dropUnusedSources();
      List<ImportReport.DatasetChange> validated = new ArrayList<>();
      for (ImportReport.DatasetChange c : changes) {
        validated.add(c.withValidation(validator.apply(c.dataset())));
      }
      if (validated.stream().anyMatch(c -> c.validation().orElseThrow().failed())) {
        throw new ImportRefusedException(
            validated.stream().map(c -> c.validation().orElseThrow()).toList());
      }
      changes = validated;
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

  private static void rejectRepeatedFiles(List<ImportInput> inputs) {
    Map<String, Path> seen = new HashMap<>();
    for (ImportInput in : inputs) {
      Path earlier = seen.putIfAbsent(in.sha256(), in.file());
      if (earlier != null) {
        throw new InputException(
            in.file(), 0, 0, "each file once per import", "the same content as " + earlier);
      }
    }
  }

  private DatasetState loadOrCreate(String name, BatchDescription d, Path file)
      throws SQLException {
    DatasetState ds = new DatasetState();
    ds.name = name;
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT id, currency, model_json FROM datasets WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          ds.id = rs.getInt(1);
          String currency = rs.getString(2);
          if (!currency.equals(d.currency())) {
            throw new StoreException(
                "dataset "
                    + name
                    + " holds amounts in "
                    + currency
                    + "; this file is in "
                    + d.currency()
                    + " — import it into another dataset with --dataset");
          }
          ModelJson model = ModelJson.read(rs.getString(3));
          ds.levels = new ArrayList<>(model.levels());
          ds.hierarchies = new ArrayList<>(model.hierarchies());
          ds.measures = new ArrayList<>(model.measures());
          merge(ds, d, file);
          return ds;
        }
      }
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
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO datasets (id, name, title, country, currency, source_unit_id,"
                + " source_unit_label, source_unit_factor, source, licence, model_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')")) {
      ps.setInt(1, ds.id);
      ps.setString(2, name);
      ps.setString(3, d.title());
      ps.setString(4, d.country().orElse(null));
      ps.setString(5, d.currency());
      ps.setString(6, d.sourceUnit().id());
      ps.setString(7, d.sourceUnit().label());
      ps.setBigDecimal(8, d.sourceUnit().factor());
      ps.setString(9, d.source());
      ps.setString(10, d.licence());
      ps.executeUpdate();
    }
    merge(ds, d, file);
    return ds;
  }

  /** Adds the batch's new levels, hierarchies and measures; refuses conflicting definitions. */
  private void merge(DatasetState ds, BatchDescription d, Path file) throws SQLException {
    for (Level l : d.levels()) {
      Optional<Level> have = ds.levels.stream().filter(x -> x.id().equals(l.id())).findFirst();
      if (have.isEmpty()) {
        ds.levels.add(l);
        addLevelColumn(ds.id, l.id());
      }
    }
    for (Hierarchy h : d.hierarchies()) {
      if (ds.hierarchies.stream().noneMatch(x -> x.id().equals(h.id()))) {
        ds.hierarchies.add(h);
      }
    }
    for (Measure m : d.measures()) {
      Optional<Measure> have = ds.measures.stream().filter(x -> x.id().equals(m.id())).findFirst();
      if (have.isEmpty()) {
        ds.measures.add(m);
      } else if (have.get().direction() != m.direction()
          || have.get().basis() != m.basis()
          || have.get().quantity() != m.quantity()) {
        // A percentage stored under a money measure (or the reverse) would be summed as money.
        throw new StoreException(
            "measure "
                + m.id()
                + " of dataset "
                + ds.name
                + " is "
                + have.get().direction()
                + "/"
                + have.get().basis()
                + "/"
                + have.get().quantity()
                + "; "
                + file
                + " declares it "
                + m.direction()
                + "/"
                + m.basis()
                + "/"
                + m.quantity());
      }
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
            if (!measures.contains(f.measure())) {
              throw new InputException(
                  in.file(),
                  f.sourceLine(),
                  0,
                  "a fact of a declared measure (" + String.join(", ", measures) + ")",
                  "measure " + f.measure());
            }
            if (f.members().size() != columnOfMember.length) {
              throw new IllegalStateException(
                  "importer "
                      + in.format()
                      + " produced "
                      + f.members().size()
                      + " members for "
                      + columnOfMember.length
                      + " levels at line "
                      + f.sourceLine());
            }
            SliceKey key =
                new SliceKey(
                    f.measure(), f.fiscalYear().value(), f.stage().id(), f.reportedIn().value());
            SliceTally tally = fileSlices.get(key);
            if (tally == null) {
              tally = ds.slices.get(key);
              if (tally != null && tally.sourceId != sourceId) {
                // Adding two files into one slice doubles a budget when one is a copy or a
                // subset of the other; which of them is right cannot be told, so refuse both.
                throw new InputException(
                    in.file(),
                    f.sourceLine(),
                    0,
                    "each slice of an import from one file only",
                    "dataset "
                        + ds.name
                        + " "
                        + describe(key)
                        + ", which "
                        + tally.file
                        + " of the same import also holds (import one of them, or each in its"
                        + " own import to replace the other)");
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
            BigDecimal amount = toStoredScale(f, in.file());
            tally.facts++;
            tally.total = tally.total.add(amount);
            checkTotal(tally, key, f, in.file());
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
    if (TEXT_FORMATS.contains(in.format()) && endsWithoutLineBreak(in.file())) {
      warnings.add(
          in.file()
              + ":"
              + lastLine[0]
              + ": the last record has no line ending; the file may have been cut here (a number"
              + " cut short cannot be told from a whole one)");
    }
    appendLines(ds, newLines, levelColumns);
    try (PreparedStatement ps =
        connection.prepareStatement("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setInt(1, sourceId);
      ps.setInt(2, ds.id);
      ps.setString(3, in.file().toString());
      ps.setString(4, in.format());
      ps.setString(5, in.sha256());
      ps.setLong(6, count[0]);
      ps.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
      ps.executeUpdate();
    }
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

  private static String describe(SliceKey k) {
    return "measure "
        + k.measure()
        + ", fiscal year "
        + k.fiscalYear()
        + ", stage "
        + k.stage()
        + ", reported in "
        + k.reportedIn();
  }

  private static BigDecimal toStoredScale(Fact f, Path file) {
    BigDecimal stored;
    try {
      stored = f.amount().setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InputException(
          file,
          f.sourceLine(),
          0,
          "an amount with at most 2 decimal places in the currency's base unit",
          f.amount().toPlainString());
    }
    if (stored.precision() - stored.scale() > StoreSchema.AMOUNT_DIGITS) {
      throw new InputException(
          file,
          f.sourceLine(),
          0,
          "an amount of at most "
              + StoreSchema.AMOUNT_DIGITS
              + " digits in the currency's base unit",
          InputException.quote(f.amount().toPlainString())
              + " ("
              + (stored.precision() - stored.scale())
              + " digits)");
    }
    return stored;
  }

  // Each slice total stays far enough inside DECIMAL(38,2) that sums over many slices fit too.
  private static void checkTotal(SliceTally tally, SliceKey key, Fact f, Path file) {
    if (tally.total.precision() - tally.total.scale() > StoreSchema.SLICE_TOTAL_DIGITS) {
      throw new InputException(
          file,
          f.sourceLine(),
          0,
          "a slice total of at most " + StoreSchema.SLICE_TOTAL_DIGITS + " digits",
          "a total of "
              + (tally.total.precision() - tally.total.scale())
              + " digits for "
              + describe(key));
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
    String table = StoreSchema.factTable(ds.id);
    int replaced = 0;
    List<Slice> written = new ArrayList<>();
    for (Map.Entry<SliceKey, SliceTally> e : ds.slices.entrySet()) {
      SliceKey k = e.getKey();
      SliceTally t = e.getValue();
      try (PreparedStatement find =
          connection.prepareStatement(
              "SELECT id FROM slices WHERE dataset_id = ? AND measure = ? AND fiscal_year = ?"
                  + " AND stage = ? AND reported_in = ?")) {
        find.setInt(1, ds.id);
        find.setString(2, k.measure());
        find.setInt(3, k.fiscalYear());
        find.setString(4, k.stage());
        find.setInt(5, k.reportedIn());
        try (ResultSet rs = find.executeQuery()) {
          while (rs.next()) {
            int old = rs.getInt(1);
            try (PreparedStatement del =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE slice_id = ?");
                PreparedStatement delSlice =
                    connection.prepareStatement("DELETE FROM slices WHERE id = ?")) {
              del.setInt(1, old);
              del.executeUpdate();
              delSlice.setInt(1, old);
              delSlice.executeUpdate();
            }
            replaced++;
          }
        }
      }
      try (PreparedStatement ins =
          connection.prepareStatement("INSERT INTO slices VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ins.setInt(1, t.id);
        ins.setInt(2, ds.id);
        ins.setString(3, k.measure());
        ins.setInt(4, k.fiscalYear());
        ins.setString(5, k.stage());
        ins.setInt(6, k.reportedIn());
        ins.setInt(7, t.sourceId);
        ins.setLong(8, t.facts);
        ins.setBigDecimal(9, t.total);
        ins.executeUpdate();
      }
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
    try (PreparedStatement ps =
        connection.prepareStatement(
            "UPDATE datasets SET model_json = ?, imported_at = ?, content_hash = ? WHERE id = ?")) {
      ps.setString(1, new ModelJson(ds.levels, ds.hierarchies, ds.measures).write());
      ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      ps.setString(3, contentHash(ds.id));
      ps.setInt(4, ds.id);
      ps.executeUpdate();
    }
    return new ImportReport.DatasetChange(ds.name, ds.created, written, replaced);
  }

  // A source whose slices were all replaced backs nothing; keeping it would grow the store on
  // every re-import of the same files.
  private void dropUnusedSources() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM sources WHERE id NOT IN (SELECT DISTINCT source_id FROM slices)");
    }
  }

  // The dataset's content hash covers the sources still backing at least one slice.
  private String contentHash(int datasetId) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT sha256(string_agg(sha256, ',' ORDER BY sha256)) FROM (SELECT DISTINCT s.sha256"
                + " FROM sources s JOIN slices sl ON sl.source_id = s.id WHERE sl.dataset_id = ?)")) {
      ps.setInt(1, datasetId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
