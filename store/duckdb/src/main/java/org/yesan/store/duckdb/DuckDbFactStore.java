package org.yesan.store.duckdb;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Level;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.AmbiguityRule;
import org.yesan.query.Dimensions;
import org.yesan.query.FactsQuery;
import org.yesan.query.FactsResult;
import org.yesan.query.LineItem;
import org.yesan.query.Order;
import org.yesan.store.FactStore;
import org.yesan.store.Slice;
import org.yesan.validation.ValidationReport;

/** Keeps datasets in one embedded DuckDB file (or in memory) and answers queries on them. */
public final class DuckDbFactStore implements FactStore {

  private final DuckDBConnection connection;
  private final String location;

  /** What queries need of a dataset, read once and dropped on every import. */
  private record Meta(DatasetInfo info, int id, List<String> stagesInCycleOrder) {}

  private final Map<String, Meta> meta = new java.util.concurrent.ConcurrentHashMap<>();

  // Reads run in parallel on duplicated connections of the same database; an import takes the
  // write lock, so a reader sees the state before an import or after it, never half of one.
  private final java.util.concurrent.locks.ReentrantReadWriteLock lock =
      new java.util.concurrent.locks.ReentrantReadWriteLock();
  private final java.util.concurrent.ConcurrentLinkedQueue<DuckDBConnection> idle =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final List<DuckDBConnection> readers =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private final ThreadLocal<DuckDBConnection> current = new ThreadLocal<>();

  private <T> T reading(java.util.function.Supplier<T> body) {
    if (current.get() != null) {
      return body.get();
    }
    lock.readLock().lock();
    DuckDBConnection c = idle.poll();
    try {
      if (c == null) {
        c = connection.duplicate();
        readers.add(c);
      }
      current.set(c);
      return body.get();
    } catch (SQLException e) {
      throw new StoreException("cannot open a reading connection: " + e.getMessage(), e);
    } finally {
      current.remove();
      if (c != null) {
        idle.offer(c);
      }
      lock.readLock().unlock();
    }
  }

  private void readingVoid(Runnable body) {
    reading(
        () -> {
          body.run();
          return null;
        });
  }

  /** The connection of the read under way on this thread, or the writer's outside one. */
  private DuckDBConnection conn() {
    DuckDBConnection c = current.get();
    return c != null ? c : connection;
  }

  private final List<Runnable> onClose = new java.util.concurrent.CopyOnWriteArrayList<>();

  private DuckDbFactStore(DuckDBConnection connection, String location) {
    this.connection = connection;
    this.location = location;
  }

  /** Opens (creating if needed) a store file; its parent folders are created too. */
  public static DuckDbFactStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return connect("jdbc:duckdb:" + file.toAbsolutePath(), file.toString(), false);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing store file for reading only: several processes may read one file at once (a
   * running server and a query beside it), and a file on read-only media opens too; imports are
   * refused. A file held for writing by another process is a {@link StoreLockedException}.
   */
  public static DuckDbFactStore openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException(
          "no store at " + file + "; run yesan import or yesan demo to make one");
    }
    return connect("jdbc:duckdb:" + file.toAbsolutePath(), file.toString(), true);
  }

  /** A store that lives in memory and is gone when closed; for tests and one-off runs. */
  public static DuckDbFactStore inMemory() {
    return connect("jdbc:duckdb:", ":memory:", false);
  }

  private static DuckDbFactStore connect(String url, String location, boolean readOnly) {
    try {
      java.util.Properties props = new java.util.Properties();
      if (readOnly) {
        props.setProperty("duckdb.read_only", "true");
      }
      Connection c = DriverManager.getConnection(url, props);
      if (readOnly) {
        StoreSchema.check(c);
      } else {
        StoreSchema.migrate(c);
      }
      return new DuckDbFactStore(c.unwrap(DuckDBConnection.class), location);
    } catch (SQLException e) {
      // DuckDB lets one process write a file, or several read it; never both at once.
      if (String.valueOf(e.getMessage()).contains("Could not set lock")) {
        throw new StoreLockedException(location, e);
      }
      throw new StoreException("cannot open store " + location + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code action} once the store has closed, for whoever opened it to tidy up after. */
  public DuckDbFactStore whenClosed(Runnable action) {
    onClose.add(action);
    return this;
  }

  public String location() {
    return location;
  }

  /**
   * Imports files as one transaction: all of them land, or none does and the store is unchanged.
   */
  public ImportReport importFiles(List<ImportInput> inputs, ImportProgress progress) {
    return importFiles(inputs, progress, this::validateUncommitted);
  }

  /** An import validated by the given function before it commits; tests pass a strict one. */
  ImportReport importFiles(
      List<ImportInput> inputs,
      ImportProgress progress,
      java.util.function.Function<String, ValidationReport> validator) {
    return importFiles(inputs, progress, validator, true);
  }

  /** An import that loads plain CSV files with DuckDB's reader only when {@code bulkCsv} is set. */
  ImportReport importFiles(
      List<ImportInput> inputs,
      ImportProgress progress,
      java.util.function.Function<String, ValidationReport> validator,
      boolean bulkCsv) {
    lock.writeLock().lock();
    meta.clear();
    try {
      return new DuckDbImport(connection, progress, validator, bulkCsv).run(inputs);
    } finally {
      meta.clear();
      lock.writeLock().unlock();
    }
  }

  // Runs on the importing thread with the write lock held: reads go to the writer's connection,
  // which sees the import's own uncommitted rows, and the metadata they cache is dropped after.
  ValidationReport validateUncommitted(String dataset) {
    current.set(connection);
    try {
      return new DuckDbValidator(this).validate(dataset);
    } finally {
      current.remove();
      meta.clear();
    }
  }

  private Meta meta(String name) {
    Meta m = meta.get(name);
    if (m == null) {
      DatasetInfo info =
          datasets().stream()
              .filter(d -> d.name().equals(name))
              .findFirst()
              .orElseThrow(() -> new org.yesan.store.UnknownDatasetException(name, datasets()));
      int id = datasetId(name);
      m = new Meta(info, id, stagesInCycleOrder(id));
      meta.put(name, m);
    }
    return m;
  }

  @Override
  public List<DatasetInfo> datasets() {
    return reading(
        () -> {
          List<DatasetInfo> out = new ArrayList<>();
          try (PreparedStatement ps =
                  conn()
                      .prepareStatement(
                          "SELECT name, title, country, currency, source_unit_id, source_unit_label,"
                              + " source_unit_factor, source, licence, model_json, imported_at, content_hash"
                              + " FROM datasets ORDER BY name");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(readDataset(rs));
            }
          } catch (SQLException e) {
            throw new StoreException("cannot list datasets: " + e.getMessage(), e);
          }
          return out;
        });
  }

  private static DatasetInfo readDataset(ResultSet rs) throws SQLException {
    ModelJson model = ModelJson.read(rs.getString(10));
    OffsetDateTime at = rs.getObject(11, OffsetDateTime.class);
    return new DatasetInfo(
        rs.getString(1),
        rs.getString(2),
        Optional.ofNullable(rs.getString(3)),
        rs.getString(4),
        new SourceUnit(rs.getString(5), rs.getString(6), rs.getBigDecimal(7).stripTrailingZeros()),
        rs.getString(8),
        rs.getString(9),
        model.levels(),
        model.hierarchies(),
        model.measures(),
        Optional.ofNullable(at).map(OffsetDateTime::toInstant).map(Instant::from),
        Optional.ofNullable(rs.getString(12)));
  }

  @Override
  public Optional<DatasetInfo> dataset(String name) {
    return reading(
        () -> {
          Meta m = meta.get(name);
          if (m != null) {
            return Optional.of(m.info());
          }
          return datasets().stream().filter(d -> d.name().equals(name)).findFirst();
        });
  }

  private int datasetId(String name) {
    try (PreparedStatement ps = conn().prepareStatement("SELECT id FROM datasets WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new org.yesan.store.UnknownDatasetException(name, datasets());
        }
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  @Override
  public List<Slice> slices(String dataset) {
    return reading(
        () -> {
          int id = datasetId(dataset);
          List<Slice> out = new ArrayList<>();
          try (PreparedStatement ps =
              conn()
                  .prepareStatement(
                      "SELECT sl.measure, sl.fiscal_year, sl.stage, sl.reported_in, sl.facts, sl.total,"
                          + " so.file FROM slices sl JOIN sources so ON so.id = sl.source_id"
                          + " WHERE sl.dataset_id = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Slice(
                        rs.getString(1),
                        FiscalYear.of(rs.getInt(2)),
                        Stage.parse(rs.getString(3)),
                        FiscalYear.of(rs.getInt(4)),
                        rs.getLong(5),
                        plain(rs.getBigDecimal(6)),
                        rs.getString(7)));
              }
            }
          } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
          }
          out.sort(
              java.util.Comparator.comparing(Slice::measure)
                  .thenComparing(Slice::fiscalYear)
                  .thenComparing(Slice::stage)
                  .thenComparing(Slice::reportedIn));
          return out;
        });
  }

  @Override
  public AggregateResult aggregate(AggregateQuery query) {
    return reading(
        () -> {
          Meta m = meta(query.dataset());
          DatasetInfo info = m.info();
          Dimensions dims = new Dimensions(info);
          query.drilldown().validate(dims);
          for (var c : query.cuts().cuts()) {
            dims.require(org.yesan.query.Cuts.PARAMETER, 0, c.dimension());
          }
          Order order = query.order().validate(query.drilldown());
          AggregateSql sql =
              new AggregateSql(m.id(), query.withOrder(order), m.stagesInCycleOrder());
          try {
            Map<String, List<String>> spans = new LinkedHashMap<>();
            Set<String> measures = new LinkedHashSet<>();
            Set<String> stages = new LinkedHashSet<>();
            run(
                sql.spans(),
                rs -> {
                  measures.add(rs.getString(1));
                  stages.add(rs.getString(2));
                });
            spans.put(Dimensions.MEASURE, List.copyOf(measures));
            spans.put(
                Dimensions.STAGE,
                stages.stream().map(Stage::parse).sorted().map(Stage::id).toList());
            AmbiguityRule.check(query, spans);

            List<AggregateResult.Cell> cells = new ArrayList<>();
            int n = query.drilldown().dimensions().size();
            AggregateResult.Summary[] summary = new AggregateResult.Summary[1];
            run(
                sql.cells(),
                rs -> {
                  long count = rs.getLong(n + 2);
                  if (n == 0 && count == 0) {
                    // No facts pass: there is no cell, not a cell of zero won.
                    return;
                  }
                  List<String> members = new ArrayList<>(n);
                  for (int i = 1; i <= n; i++) {
                    String v = rs.getString(i);
                    members.add(v == null ? "" : v);
                  }
                  cells.add(
                      new AggregateResult.Cell(
                          members,
                          plain(rs.getBigDecimal(n + 1)),
                          count,
                          plain(rs.getBigDecimal(n + 3)),
                          plain(rs.getBigDecimal(n + 4))));
                  summary[0] =
                      new AggregateResult.Summary(
                          plain(rs.getBigDecimal(n + 5)), rs.getLong(n + 6), rs.getLong(n + 7));
                });
            if (summary[0] == null) {
              // The page is empty (past the end, or nothing passes): ask for the totals alone.
              run(
                  sql.summary(),
                  rs ->
                      summary[0] =
                          new AggregateResult.Summary(
                              plain(rs.getBigDecimal(1)),
                              rs.getLong(2),
                              rs.getLong(2) == 0 ? 0 : rs.getLong(3)));
            }
            return new AggregateResult(query, query.drilldown().dimensions(), cells, summary[0]);
          } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
          }
        });
  }

  @Override
  public FactsResult facts(FactsQuery query) {
    return reading(
        () -> {
          Meta m = meta(query.dataset());
          DatasetInfo info = m.info();
          validateFacts(info, query);
          AggregateSql sql = AggregateSql.forFacts(m.id(), query, m.stagesInCycleOrder());
          List<String> levels = info.levels().stream().map(Level::id).toList();
          List<LineItem> items = new ArrayList<>();
          long[] total = {0};
          try {
            run(sql.facts(levels, query.page()), rs -> items.add(lineItem(rs, levels.size())));
            run(sql.factCount(), rs -> total[0] = rs.getLong(1));
          } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
          }
          return new FactsResult(query, items, total[0]);
        });
  }

  @Override
  public void forEachLine(FactsQuery query, Consumer<LineItem> consumer) {
    readingVoid(
        () -> {
          Meta m = meta(query.dataset());
          DatasetInfo info = m.info();
          validateFacts(info, query);
          AggregateSql sql =
              AggregateSql.forFacts(m.id(), query.withOrder(Order.none()), m.stagesInCycleOrder());
          List<String> levels = info.levels().stream().map(Level::id).toList();
          try {
            run(
                sql.facts(levels, Optional.empty()),
                rs -> consumer.accept(lineItem(rs, levels.size())));
          } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
          }
        });
  }

  private List<String> stagesInCycleOrder(int datasetId) {
    List<Stage> stages = new ArrayList<>();
    try {
      run(
          new AggregateSql.Statement(
              "SELECT DISTINCT stage FROM slices WHERE dataset_id = ?", List.of(datasetId)),
          rs -> stages.add(Stage.parse(rs.getString(1))));
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
    return stages.stream().sorted().map(Stage::id).toList();
  }

  private static void validateFacts(DatasetInfo info, FactsQuery query) {
    Dimensions dims = new Dimensions(info);
    for (var c : query.cuts().cuts()) {
      dims.require(org.yesan.query.Cuts.PARAMETER, 0, c.dimension());
    }
    query.order().validateFields(dims);
  }

  private static LineItem lineItem(ResultSet rs, int levels) throws SQLException {
    List<Optional<String>> members = new ArrayList<>(levels);
    for (int i = 1; i <= levels; i++) {
      members.add(Optional.ofNullable(rs.getString(i)));
    }
    return new LineItem(
        members,
        rs.getString(levels + 1),
        FiscalYear.of(rs.getInt(levels + 2)),
        Stage.parse(rs.getString(levels + 3)),
        FiscalYear.of(rs.getInt(levels + 4)),
        plain(rs.getBigDecimal(levels + 5)),
        rs.getString(levels + 6),
        rs.getLong(levels + 7));
  }

  /** Exact, without the storage scale's trailing zeros: 368646000000000, not 368646000000000.00. */
  static BigDecimal plain(BigDecimal v) {
    if (v == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private void run(AggregateSql.Statement st, RowReader reader) throws SQLException {
    try (PreparedStatement ps = conn().prepareStatement(st.sql())) {
      for (int i = 0; i < st.parameters().size(); i++) {
        ps.setObject(i + 1, st.parameters().get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    }
  }

  /** Runs read-only SQL over the store for checks that need more than an aggregate. */
  <T> List<T> select(String sql, List<Object> params, RowMapper<T> mapper) {
    return reading(
        () -> {
          List<T> out = new ArrayList<>();
          try {
            run(new AggregateSql.Statement(sql, params), rs -> out.add(mapper.map(rs)));
          } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
          }
          return out;
        });
  }

  /** Maps one result row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  int idOf(String dataset) {
    return datasetId(dataset);
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      synchronized (readers) {
        for (DuckDBConnection r : readers) {
          r.close();
        }
      }
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + location + ": " + e.getMessage(), e);
    } finally {
      lock.writeLock().unlock();
      onClose.forEach(Runnable::run);
      onClose.clear();
    }
  }
}
