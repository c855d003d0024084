package org.yesan.store.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.yesan.accounts.Account;
import org.yesan.accounts.AccountStore;
import org.yesan.accounts.Role;
import org.yesan.accounts.TokenInfo;
import org.yesan.audit.AuditEntry;
import org.yesan.audit.AuditLog;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.FactsQuery;
import org.yesan.query.FactsResult;
import org.yesan.query.LineItem;
import org.yesan.store.Slice;
import org.yesan.store.accounts.AccountTables;
import org.yesan.store.backup.BackupAccess;
import org.yesan.store.backup.DatasetTableLayout;
import org.yesan.store.backup.FactTableStorage;
import org.yesan.store.imports.ImportAudit;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportReport;
import org.yesan.store.imports.ImportingStore;
import org.yesan.store.sql.ReadDeadline;
import org.yesan.store.sql.StoreException;
import org.yesan.store.sql.StoreQueries;
import org.yesan.store.sql.StoreQueries.DatasetMeta;
import org.yesan.store.sql.StoreUnavailableException;
import org.yesan.store.sql.StoreValidator;
import org.yesan.validation.ValidationReport;

/** Keeps datasets in one embedded DuckDB file (or in memory) and answers queries on them. */
public final class DuckDbFactStore
    implements ImportingStore, AccountStore, AuditLog, BackupAccess, ReadDeadline {

  private final DuckDBConnection connection;
  private final String location;

  /** What queries need of a dataset, read once and dropped on every import. */
  private final Map<String, DatasetMeta> meta = new java.util.concurrent.ConcurrentHashMap<>();

  // Reads run in parallel on duplicated connections of the same database; an import takes the
  // write lock, so a reader sees the state before an import or after it, never half of one.
  private final java.util.concurrent.locks.ReentrantReadWriteLock lock =
      new java.util.concurrent.locks.ReentrantReadWriteLock();
  private final java.util.concurrent.ConcurrentLinkedQueue<DuckDBConnection> idle =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final List<DuckDBConnection> readers =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private final ThreadLocal<DuckDBConnection> current = new ThreadLocal<>();

  private final ThreadLocal<java.sql.Connection> tracked = new ThreadLocal<>();
  private volatile long readLimitMillis;

  private <T> T reading(java.util.function.Supplier<T> body) {
    return reading(body, true);
  }

  private <T> T reading(java.util.function.Supplier<T> body, boolean limited) {
    if (current.get() != null) {
      return body.get();
    }
    lock.readLock().lock();
    DuckDBConnection c = idle.poll();
    long limit = limited ? readLimitMillis : 0;
    Optional<ReadCancel> deadline =
        limit > 0 ? Optional.of(new ReadCancel(limit)) : Optional.empty();
    try {
      if (c == null) {
        c = connection.duplicate();
        readers.add(c);
      }
      current.set(c);
      if (deadline.isPresent()) {
        tracked.set(deadline.get().track(c));
      }
      return body.get();
    } catch (SQLException e) {
      throw new StoreException("cannot open a reading connection: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (deadline.isPresent() && deadline.get().expired()) {
        throw new StoreUnavailableException(
            StoreUnavailableException.Reason.TIMED_OUT,
            "a read of " + location + " ran past " + limit + " ms and was cancelled",
            e);
      }
      throw e;
    } finally {
      deadline.ifPresent(ReadCancel::close);
      tracked.remove();
      current.remove();
      if (c != null) {
        idle.offer(c);
      }
      lock.readLock().unlock();
    }
  }

  /** The connection of the read under way on this thread, or the writer's outside one. */
  private java.sql.Connection conn() {
    java.sql.Connection t = tracked.get();
    if (t != null) {
      return t;
    }
    DuckDBConnection c = current.get();
    return c != null ? c : connection;
  }

  /**
   * Cancels every later read that runs longer than {@code limit} (see {@link ReadCancel}) with a
   * {@link StoreUnavailableException} ({@code TIMED_OUT}); {@link java.time.Duration#ZERO} lifts
   * it. Imports are never limited, nor are downloads ({@link #forEachLine}), which stream to a
   * client at the client's pace.
   */
  @Override
  public void limitReads(java.time.Duration limit) {
    if (limit.isNegative()) {
      throw new IllegalArgumentException("a read limit must not be negative, found " + limit);
    }
    readLimitMillis = limit.toMillis();
  }

  private final List<Runnable> onClose = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** A DuckDB setting as the writer's connection sees it; for tests of the import's limits. */
  String setting(String name) {
    return new StoreQueries(connection)
        .select("SELECT current_setting(?)", List.of(name), rs -> rs.getString(1))
        .get(0);
  }

  /**
   * The file's schema version, as opened: older than {@link StoreSchema#VERSION} only read-only.
   */
  private final int version;

  /** False for a version-2 file opened read-only: it has no users, tokens or audit log yet. */
  private final boolean accounts;

  /** Whether this handle may write a file, whose small tables are then compacted on close. */
  private final boolean compactOnClose;

  /** False for a version-2 or 3 file opened read-only: its fact tables have all nine columns. */
  private final boolean narrow;

  private DuckDbFactStore(DuckDBConnection c, String location, int version, boolean compact) {
    this.connection = c;
    this.location = location;
    this.version = version;
    this.accounts = version >= 3;
    this.compactOnClose = compact;
    this.narrow = version >= 4;
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
      int version;
      try (Statement s = c.createStatement()) {
        version = StoreSchema.version(s);
      }
      return new DuckDbFactStore(
          c.unwrap(DuckDBConnection.class),
          location,
          version,
          !readOnly && !url.equals("jdbc:duckdb:"));
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

  @Override
  public String location() {
    return location;
  }

  /**
   * Imports files as one transaction: all of them land, or none does and the store is unchanged.
   */
  @Override
  public ImportReport importFilesWithAudit(
      List<ImportInput> inputs, ImportProgress progress, ImportAudit audit) {
    return importAudited(
        inputs, progress, this::validateUncommitted, DuckDbImport.BULK_MIN_BYTES, audit);
  }

  /** An import validated by the given function before it commits; tests pass a strict one. */
  ImportReport importFiles(
      List<ImportInput> inputs,
      ImportProgress progress,
      java.util.function.Function<String, ValidationReport> validator) {
    return importFiles(inputs, progress, validator, DuckDbImport.BULK_MIN_BYTES);
  }

  /** An import that loads plain CSV files of at least {@code bulkMinBytes} with DuckDB's reader. */
  ImportReport importFiles(
      List<ImportInput> inputs,
      ImportProgress progress,
      java.util.function.Function<String, ValidationReport> validator,
      long bulkMinBytes) {
    return importAudited(inputs, progress, validator, bulkMinBytes, ImportAudit.NONE);
  }

  private ImportReport importAudited(
      List<ImportInput> inputs,
      ImportProgress progress,
      java.util.function.Function<String, ValidationReport> validator,
      long bulkMinBytes,
      ImportAudit audit) {
    lock.writeLock().lock();
    meta.clear();
    try {
      return new DuckDbImport(connection, progress, validator, bulkMinBytes).run(inputs, audit);
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
      return validator(new StoreQueries(connection)).validate(dataset);
    } finally {
      current.remove();
      meta.clear();
    }
  }

  // A narrow layout's row without its slice drops out of the view, and so out of every total.
  private StoreValidator validator(StoreQueries q) {
    return new StoreValidator(q, narrow ? Optional.of(FactLayout::rowTable) : Optional.empty());
  }

  private StoreQueries queries() {
    return new StoreQueries(conn());
  }

  private DatasetMeta meta(String name) {
    return meta.computeIfAbsent(name, n -> queries().meta(n));
  }

  @Override
  public List<DatasetInfo> datasets() {
    return reading(() -> queries().datasets());
  }

  @Override
  public Optional<DatasetInfo> dataset(String name) {
    return reading(
        () -> {
          DatasetMeta m = meta.get(name);
          if (m != null) {
            return Optional.of(m.info());
          }
          return datasets().stream().filter(d -> d.name().equals(name)).findFirst();
        });
  }

  @Override
  public List<Slice> slices(String dataset) {
    return reading(() -> queries().slices(queries().datasetId(dataset)));
  }

  @Override
  public AggregateResult aggregate(AggregateQuery query) {
    return reading(() -> queries().aggregate(meta(query.dataset()), query));
  }

  @Override
  public FactsResult facts(FactsQuery query) {
    return reading(() -> queries().facts(meta(query.dataset()), query));
  }

  @Override
  public void forEachLine(FactsQuery query, Consumer<LineItem> consumer) {
    reading(
        () -> {
          queries().forEachLine(meta(query.dataset()), query, consumer);
          return null;
        },
        false);
  }

  @Override
  public ValidationReport validate(String dataset) {
    return reading(() -> validator(queries()).validate(dataset));
  }

  /** Runs read-only SQL over the store for checks that need more than an aggregate. */
  <T> List<T> select(String sql, List<Object> params, StoreQueries.RowMapper<T> mapper) {
    return reading(() -> queries().select(sql, params, mapper));
  }

  int idOf(String dataset) {
    return reading(() -> queries().datasetId(dataset));
  }

  private <T> T readingAccounts(java.util.function.Function<AccountTables, T> body, T none) {
    return accounts ? reading(() -> body.apply(new AccountTables(conn()))) : none;
  }

  // One writer at a time, and never beside an import: account and audit writes take the write
  // lock and run on the writer's connection (a store opened read-only refuses them).
  private void writingAccounts(java.util.function.Consumer<AccountTables> body) {
    lock.writeLock().lock();
    try {
      body.accept(new AccountTables(connection));
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void addUser(Account account) {
    writingAccounts(a -> a.addUser(account));
  }

  @Override
  public List<Account> users() {
    return readingAccounts(AccountTables::users, List.of());
  }

  @Override
  public boolean setRole(String name, Role role) {
    boolean[] changed = new boolean[1];
    writingAccounts(a -> changed[0] = a.setRole(name, role));
    return changed[0];
  }

  @Override
  public boolean removeUser(String name, java.time.Instant at) {
    boolean[] removed = new boolean[1];
    writingAccounts(a -> removed[0] = a.removeUser(name, at));
    return removed[0];
  }

  @Override
  public void addToken(TokenInfo token, String hash) {
    writingAccounts(a -> a.addToken(token, hash));
  }

  @Override
  public boolean revokeToken(String id, java.time.Instant at) {
    boolean[] revoked = new boolean[1];
    writingAccounts(a -> revoked[0] = a.revokeToken(id, at));
    return revoked[0];
  }

  @Override
  public List<TokenInfo> tokens() {
    return readingAccounts(AccountTables::tokens, List.of());
  }

  @Override
  public Optional<StoredToken> tokenByHash(String hash) {
    return readingAccounts(a -> a.tokenByHash(hash), Optional.empty());
  }

  @Override
  public void append(AuditEntry entry) {
    writingAccounts(a -> a.append(entry));
  }

  @Override
  public List<AuditEntry> auditEntries(int offset, int limit) {
    return readingAccounts(a -> a.auditEntries(offset, limit), List.of());
  }

  @Override
  public long auditCount() {
    return readingAccounts(AccountTables::auditCount, 0L);
  }

  @Override
  public String kind() {
    return "duckdb";
  }

  @Override
  public String schemaVersion() {
    return Integer.toString(version);
  }

  @Override
  public <T> T inSnapshot(SqlWork<T> work) {
    return inTransaction(work);
  }

  // On the writer's connection with the write lock held: no read or import runs meanwhile, and a
  // store opened read-only refuses the writes of a restore itself.
  @Override
  public <T> T inTransaction(SqlWork<T> work) {
    lock.writeLock().lock();
    meta.clear();
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot back up or restore " + location + ": " + e.getMessage(), e);
    } finally {
      meta.clear();
      lock.writeLock().unlock();
    }
  }

  @Override
  public List<String> versionTables() {
    return List.of("yesan_schema");
  }

  @Override
  public List<String> createDatasetTable(String table, List<String> columns) {
    return DatasetTableLayout.statementsOf(
        table, columns, FactLayout::createWide, StoreSchema::createLineTable);
  }

  @Override
  public FactTableStorage factTables() {
    return narrow ? new NarrowFactTables() : FactTableStorage.PLAIN;
  }

  @Override
  public void restartIds(Connection c, String sequence, long next) throws SQLException {
    StoreSchema.restartIds(c, sequence, next);
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
      if (compactOnClose) {
        SmallTableCompaction.run(connection, location);
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
