package org.yesan.store.imports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yesan.ingest.BatchDescription;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.store.Slice;
import org.yesan.store.imports.ImportRules.SliceKey;
import org.yesan.store.sql.ModelJson;
import org.yesan.store.sql.StoreException;
import org.yesan.store.sql.StoreQueries;
import org.yesan.store.sql.TableNames;
import org.yesan.validation.ValidationReport;

/**
 * The all-or-nothing import both SQL stores run: every file's facts are appended inside a single
 * transaction, the slices they cover replace the stored slices of the same measure, year, stage and
 * vintage, the result is validated, and only then does the transaction commit; any error rolls
 * everything back. A store says how it makes its tables and appends facts.
 */
public abstract class SqlImport {

  /** The facts and exact total one file gives a slice, and the ids they are stored under. */
  protected static final class SliceTally {
    public final int id;
    public final int sourceId;
    public final Path file;

    /** The source's name as the store records it. */
    public final String recordedAs;

    public long facts;
    public BigDecimal total = BigDecimal.ZERO;

    public SliceTally(int id, int sourceId, ImportInput in) {
      this.id = id;
      this.sourceId = sourceId;
      this.file = in.file();
      this.recordedAs = in.recordedAs();
    }

    /** Counts a fact; returns its amount at the stored scale, refused if finer or too large. */
    public BigDecimal add(Fact f, SliceKey key, Path from) {
      BigDecimal amount = ImportRules.toStoredScale(f, from);
      facts++;
      total = total.add(amount);
      ImportRules.checkTotal(total, key, f, from);
      return amount;
    }
  }

  /** A dataset the import touches: its model as it grows, its new slices, its line paths. */
  protected static final class DatasetState {
    public int id;
    public String name;
    public boolean created;
    public List<Level> levels;
    public List<Hierarchy> hierarchies;
    public List<Measure> measures;
    public final Map<SliceKey, SliceTally> slices = new LinkedHashMap<>();

    /** Line paths (full width, in line-table column order) to their ids; loaded once. */
    public Map<List<String>, Integer> lineIds;

    public int nextLineId;
  }

  protected final Connection connection;
  protected final ImportProgress progress;
  protected final List<String> warnings = new ArrayList<>();
  protected final List<String> notes = new ArrayList<>();
  private final Function<String, ValidationReport> validator;

  /**
   * @param validator validates a dataset as this connection sees it, inside the import's
   *     transaction, so that a failed check can still roll the import back
   */
  protected SqlImport(
      Connection connection,
      ImportProgress progress,
      Function<String, ValidationReport> validator) {
    this.connection = connection;
    this.progress = progress;
    this.validator = validator;
  }

  /** A new value of the store's id sequence. */
  protected abstract int nextId() throws SQLException;

  /** Makes the line and fact tables of a new dataset. */
  protected abstract void createTables(int datasetId) throws SQLException;

  /**
   * The table a dataset's facts are written to and deleted from: the shared readers' fact table,
   * unless the store keeps the rows in another table behind it.
   */
  protected String factRows(int datasetId) {
    return TableNames.factTable(datasetId);
  }

  /** Adds a level's column to a dataset's line table, unless it is there. */
  protected abstract void addLevelColumn(int datasetId, String levelId) throws SQLException;

  /**
   * Appends one file's facts and lines and records the file as a source.
   *
   * @param index the file's place among the import's inputs
   * @return how many facts it gave
   */
  protected abstract long appendFacts(DatasetState ds, ImportInput in, int index, long doneBefore)
      throws SQLException;

  /**
   * Runs first in the transaction, with every file the import will read: where a store keeps
   * concurrent imports apart, or starts work on the files ahead of their turn.
   */
  protected void begin(List<ImportInput> inputs) throws SQLException {}

  /** Runs last, whether the import committed or not: releases what {@link #begin} started. */
  protected void end() {}

  /** Runs once every file is in and the slices are replaced, before the validation reads them. */
  protected void beforeValidation(Collection<DatasetState> touched) throws SQLException {}

  public final ImportReport run(List<ImportInput> inputs) {
    return run(inputs, ImportAudit.NONE);
  }

  /** Runs the import; {@code audit}'s entries are written just before it commits, in it. */
  public final ImportReport run(List<ImportInput> inputs, ImportAudit audit) {
    long start = System.nanoTime();
    Map<String, DatasetState> touched = new LinkedHashMap<>();
    long facts = 0;
    try {
      connection.setAutoCommit(false);
      begin(inputs);
      Map<String, Path> hashes = new java.util.HashMap<>();
      for (int i = 0; i < inputs.size(); i++) {
        ImportInput in = inputs.get(i);
        ImportRules.rejectRepeatedFile(hashes, in);
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
          addLevelColumn(ds.id, added.id());
        }
        facts += appendFacts(ds, in, i, facts);
      }
      List<ImportReport.DatasetChange> changes = new ArrayList<>();
      for (DatasetState ds : touched.values()) {
        changes.add(commitSlices(ds));
      }
      CatalogWrites.dropUnusedSources(connection);
      beforeValidation(touched.values());
      changes = ImportRules.validated(changes, validator);
      ImportReport report =
          new ImportReport(
              changes, facts, (System.nanoTime() - start) / 1_000_000, warnings, notes);
      List<org.yesan.audit.AuditEntry> entries = audit.entries(report);
      if (!entries.isEmpty()) {
        org.yesan.store.accounts.AccountTables log =
            new org.yesan.store.accounts.AccountTables(connection);
        entries.forEach(log::append);
      }
      connection.commit();
      progress.finished();
      return report;
    } catch (SQLException e) {
      rollback();
      throw new StoreException("import failed and was rolled back: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      rollback();
      throw e;
    } finally {
      end();
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        // The connection is unusable; the next statement on it reports that.
      }
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // Nothing more can be done: the database discards an uncommitted transaction on close.
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
    ds.id = nextId();
    ds.levels = new ArrayList<>();
    ds.hierarchies = new ArrayList<>();
    ds.measures = new ArrayList<>();
    createTables(ds.id);
    CatalogWrites.insertDataset(connection, ds.id, name, d);
    return ds;
  }

  /**
   * The tally of the fact's slice in this file, begun on the slice's first fact. Adding two files
   * into one slice doubles a budget when one is a copy or a subset of the other; which of them is
   * right cannot be told, so a slice another file of the import holds is refused.
   */
  /**
   * The line id of a fact's path, drawing a new one (and noting the path in {@code newLines}) for a
   * path the dataset has not seen; {@code row} is scratch space as wide as the line table's level
   * columns, and {@code columnOfMember} says where each member of the fact goes in it.
   */
  protected static int lineIdOf(
      DatasetState ds, Fact f, int[] columnOfMember, String[] row, List<String[]> newLines) {
    java.util.Arrays.fill(row, null);
    for (int i = 0; i < columnOfMember.length; i++) {
      row[columnOfMember[i]] = f.members().get(i).orElse(null);
    }
    Integer known = ds.lineIds.get(java.util.Arrays.asList(row));
    if (known == null) {
      known = ds.nextLineId++;
      String[] path = row.clone();
      ds.lineIds.put(java.util.Arrays.asList(path), known);
      newLines.add(path);
    }
    return known;
  }

  /** The failure of a fact the store could not take, named by its file and line. */
  protected static StoreException cannotStore(ImportInput in, Fact f, SQLException e) {
    return new StoreException(
        "cannot store " + in.file() + ":" + f.sourceLine() + ": " + e.getMessage(), e);
  }

  protected final SliceTally tallyOf(
      DatasetState ds, Map<SliceKey, SliceTally> fileSlices, ImportInput in, Fact f, int sourceId) {
    SliceKey key = SliceKey.of(f);
    SliceTally tally = fileSlices.get(key);
    if (tally != null) {
      return tally;
    }
    SliceTally other = ds.slices.get(key);
    if (other != null) {
      throw ImportRules.sliceHeldTwice(in, f, ds.name, key, other.file);
    }
    try {
      tally = new SliceTally(nextId(), sourceId, in);
    } catch (SQLException e) {
      throw new StoreException("cannot draw a slice id: " + e.getMessage(), e);
    }
    ds.slices.put(key, tally);
    fileSlices.put(key, tally);
    return tally;
  }

  private ImportReport.DatasetChange commitSlices(DatasetState ds) throws SQLException {
    List<Slice> written = new ArrayList<>();
    List<CatalogWrites.NewSlice> rows = new ArrayList<>();
    for (Map.Entry<SliceKey, SliceTally> e : ds.slices.entrySet()) {
      SliceKey k = e.getKey();
      SliceTally t = e.getValue();
      rows.add(new CatalogWrites.NewSlice(k, t.id, t.sourceId, t.facts, t.total));
      written.add(
          new Slice(
              k.measure(),
              FiscalYear.of(k.fiscalYear()),
              Stage.parse(k.stage()),
              FiscalYear.of(k.reportedIn()),
              t.facts,
              StoreQueries.plain(t.total),
              t.recordedAs));
    }
    int replaced = CatalogWrites.replaceSlices(connection, ds.id, factRows(ds.id), rows);
    CatalogWrites.finishDataset(
        connection, ds.id, new ModelJson(ds.levels, ds.hierarchies, ds.measures));
    return new ImportReport.DatasetChange(ds.name, ds.created, written, replaced);
  }
}
