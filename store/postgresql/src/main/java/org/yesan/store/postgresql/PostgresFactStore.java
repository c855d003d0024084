package org.yesan.store.postgresql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
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
import org.yesan.store.imports.ImportAudit;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportReport;
import org.yesan.store.imports.ImportingStore;
import org.yesan.store.sql.ReadDeadline;
import org.yesan.store.sql.StoreException;
import org.yesan.store.sql.StoreQueries;
import org.yesan.store.sql.StoreUnavailableException;
import org.yesan.store.sql.StoreValidator;
import org.yesan.validation.ValidationReport;

/**
 * Keeps datasets in a PostgreSQL database that many Yesan processes share: reads run in parallel on
 * pooled connections, each in one snapshot; imports run one at a time, each in one transaction.
 */
public final class PostgresFactStore
    implements ImportingStore, AccountStore, AuditLog, BackupAccess, ReadDeadline {

  private static final int POOL_SIZE = 8;

  private static final String SCHEMA_HISTORY = "yesan_schema_history";

  private final HikariDataSource pool;
  private final PoolBorrowing borrowing;
  private volatile long readLimitMillis;
  private final PostgresServer server;

  private PostgresFactStore(HikariDataSource pool, PostgresServer server) {
    this.pool = pool;
    this.borrowing = new PoolBorrowing(pool, PoolBorrowing.BUSY_WAIT);
    this.server = server;
  }

  /**
   * Connects to the database and brings its schema to this Yesan's version (Flyway migrations), so
   * that an empty database becomes a store on first use; for imports and other writes.
   *
   * @throws StoreException when the server cannot be reached or the schema cannot be migrated
   */
  public static PostgresFactStore open(PostgresServer server) {
    HikariDataSource pool = pool(server);
    try {
      flyway(pool).migrate();
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException(
          "cannot bring the schema of " + server.described() + " up to date: " + rootMessage(e), e);
    }
    return new PostgresFactStore(pool, server);
  }

  /**
   * Connects to the database for reading only, so that a user granted nothing but {@code SELECT}
   * can query it: the schema is checked, never changed.
   *
   * @throws StoreException when the server cannot be reached, the database holds no Yesan store, or
   *     its schema is older or newer than this Yesan's
   */
  public static PostgresFactStore openForReading(PostgresServer server) {
    HikariDataSource pool = pool(server);
    try {
      checkSchema(pool, server);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new PostgresFactStore(pool, server);
  }

  private static HikariDataSource pool(PostgresServer server) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.jdbcUrl());
    server.user().ifPresent(config::setUsername);
    server.password().ifPresent(config::setPassword);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    // how long a request waits for a connection while the database is away, before its 503
    config.setConnectionTimeout(5_000);
    config.setPoolName("yesan " + server.described());
    try {
      return new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw new StoreException(
          "cannot connect to " + server.described() + ": " + rootMessage(e), e);
    }
  }

  private static Flyway flyway(HikariDataSource pool) {
    return Flyway.configure()
        .dataSource(pool)
        .locations("classpath:db/migration")
        .table(SCHEMA_HISTORY)
        .load();
  }

  private static void checkSchema(HikariDataSource pool, PostgresServer server) {
    MigrationInfoService info;
    try {
      info = flyway(pool).info();
    } catch (FlywayException e) {
      throw new StoreException(
          "cannot read the schema version of " + server.described() + ": " + rootMessage(e), e);
    }
    MigrationInfo current = info.current();
    String known = latestKnownVersion(info);
    if (current == null) {
      throw new StoreException(
          server.described()
              + " holds no Yesan store yet; run `yesan migrate` or an import with a user that may"
              + " create tables");
    }
    boolean newer =
        Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS);
    if (newer) {
      throw new StoreException(
          "the schema of "
              + server.described()
              + " is version "
              + current.getVersion()
              + ", newer than this Yesan's "
              + known
              + "; use the Yesan that migrated it, or a later one");
    }
    if (info.pending().length > 0) {
      throw new StoreException(
          "the schema of "
              + server.described()
              + " is version "
              + current.getVersion()
              + ", older than this Yesan's "
              + known
              + "; run `yesan migrate` (as a user that may alter tables) before reading");
    }
  }

  private static String latestKnownVersion(MigrationInfoService info) {
    return Arrays.stream(info.all())
        .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getVersion() != null)
        .map(MigrationInfo::getVersion)
        .max(Comparator.naturalOrder())
        .map(Object::toString)
        .orElse("none");
  }

  /** The version of the catalog's layout, as Flyway recorded its last migration. */
  public String schemaVersion() {
    MigrationInfo current = flyway(pool).info().current();
    return current == null ? "none" : current.getVersion().toString();
  }

  /** Connections of the store's pool, for backups and checks that run SQL of their own. */
  public Connection connection() throws SQLException {
    return borrowing.borrow();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  @Override
  public String location() {
    return server.described();
  }

  // Every read runs in one read-only REPEATABLE READ transaction: the several statements of an
  // aggregate see one state, never half of an import that commits meanwhile.
  private <T> T reading(Function<StoreQueries, T> body) {
    try (Connection c = borrowing.borrow()) {
      c.setReadOnly(true);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      long limit = readLimitMillis;
      // on a connection the server has just cut, the rollback fails too; committed keeps the
      // first failure, which says why (a lost server, not a bug)
      return committed(
          c,
          conn -> {
            if (limit > 0) {
              // LOCAL: the limit ends with the transaction, so the pooled connection's next user
              // (an import, say) is not bound by it
              try (Statement s = conn.createStatement()) {
                s.execute("SET LOCAL statement_timeout = " + limit);
              }
            }
            return body.apply(new StoreQueries(conn));
          });
    } catch (SQLException e) {
      throw failure("cannot read from " + server.described() + ": " + e.getMessage(), e);
    } catch (StoreException e) {
      // a query's own SQL failed inside the body; a lost connection there is no bug either
      if (e.getCause() instanceof SQLException sql
          && StoreUnavailableException.of(sql).isPresent()) {
        throw failure(e.getMessage(), sql);
      }
      throw e;
    }
  }

  private static RuntimeException failure(String message, SQLException e) {
    return StoreUnavailableException.of(e)
        .<RuntimeException>map(r -> new StoreUnavailableException(r, message, e))
        .orElseGet(() -> new StoreException(message, e));
  }

  @Override
  public void limitReads(Duration limit) {
    if (limit.isNegative()) {
      throw new IllegalArgumentException("a read limit must not be negative, found " + limit);
    }
    readLimitMillis = limit.toMillis();
  }

  @Override
  public List<DatasetInfo> datasets() {
    return reading(StoreQueries::datasets);
  }

  @Override
  public Optional<DatasetInfo> dataset(String name) {
    return reading(q -> q.datasets().stream().filter(d -> d.name().equals(name)).findFirst());
  }

  @Override
  public List<Slice> slices(String dataset) {
    return reading(q -> q.slices(q.datasetId(dataset)));
  }

  @Override
  public AggregateResult aggregate(AggregateQuery query) {
    return reading(q -> q.aggregate(q.meta(query.dataset()), query));
  }

  @Override
  public FactsResult facts(FactsQuery query) {
    return reading(q -> q.facts(q.meta(query.dataset()), query));
  }

  @Override
  public void forEachLine(FactsQuery query, Consumer<LineItem> consumer) {
    reading(
        q -> {
          q.forEachLine(q.meta(query.dataset()), query, consumer);
          return null;
        });
  }

  @Override
  public ValidationReport validate(String dataset) {
    return reading(q -> new StoreValidator(q).validate(dataset));
  }

  @Override
  public ImportReport importFilesWithAudit(
      List<ImportInput> inputs, ImportProgress progress, ImportAudit audit) {
    try (Connection c = borrowing.borrow()) {
      return new PostgresImport(c, this::nextId, progress).run(inputs, audit);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot import into " + server.described() + ": " + e.getMessage(), e);
    }
  }

  // Sequence values are never rolled back, so drawing them outside the import's transaction
  // changes nothing but the connection they are drawn on.
  private int nextId() {
    try (Connection c = borrowing.borrow();
        PreparedStatement ps = c.prepareStatement("SELECT nextval('yesan_ids')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot draw an id from " + server.described() + ": " + e.getMessage(), e);
    }
  }

  // Account and audit writes are single statements on an auto-committing connection; reads of
  // them need no snapshot across statements.
  private <T> T withAccounts(String verb, Function<AccountTables, T> body) {
    try (Connection c = borrowing.borrow()) {
      return body.apply(new AccountTables(c));
    } catch (SQLException e) {
      // a lost database is a 503 here too (tokens are checked here before every write)
      throw failure("cannot " + verb + " " + server.described() + ": " + e.getMessage(), e);
    } catch (StoreException e) {
      // the account tables wrap their own statements' failures
      if (e.getCause() instanceof SQLException sql
          && StoreUnavailableException.of(sql).isPresent()) {
        throw failure(e.getMessage(), sql);
      }
      throw e;
    }
  }

  private <T> T writing(Function<AccountTables, T> body) {
    return withAccounts("write to", body);
  }

  private <T> T readingAccounts(Function<AccountTables, T> body) {
    return withAccounts("read from", body);
  }

  @Override
  public void addUser(Account account) {
    writing(
        a -> {
          a.addUser(account);
          return null;
        });
  }

  @Override
  public List<Account> users() {
    return readingAccounts(AccountTables::users);
  }

  @Override
  public boolean setRole(String name, Role role) {
    return writing(a -> a.setRole(name, role));
  }

  @Override
  public boolean removeUser(String name, java.time.Instant at) {
    return writing(a -> a.removeUser(name, at));
  }

  @Override
  public void addToken(TokenInfo token, String hash) {
    writing(
        a -> {
          a.addToken(token, hash);
          return null;
        });
  }

  @Override
  public boolean revokeToken(String id, java.time.Instant at) {
    return writing(a -> a.revokeToken(id, at));
  }

  @Override
  public List<TokenInfo> tokens() {
    return readingAccounts(AccountTables::tokens);
  }

  @Override
  public Optional<StoredToken> tokenByHash(String hash) {
    return readingAccounts(a -> a.tokenByHash(hash));
  }

  @Override
  public void append(AuditEntry entry) {
    writing(
        a -> {
          a.append(entry);
          return null;
        });
  }

  @Override
  public List<AuditEntry> auditEntries(int offset, int limit) {
    return readingAccounts(a -> a.auditEntries(offset, limit));
  }

  @Override
  public long auditCount() {
    return readingAccounts(AccountTables::auditCount);
  }

  @Override
  public String kind() {
    return "postgresql";
  }

  @Override
  public <T> T inSnapshot(SqlWork<T> work) {
    try (Connection c = borrowing.borrow()) {
      c.setReadOnly(true);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      return committed(c, work);
    } catch (SQLException e) {
      throw new StoreException("cannot back up " + server.described() + ": " + e.getMessage(), e);
    }
  }

  // Under the import's lock, so that a restore and an import from another process never overlap.
  @Override
  public <T> T inTransaction(SqlWork<T> work) {
    try (Connection c = borrowing.borrow()) {
      return committed(
          c,
          conn -> {
            try (PreparedStatement lock =
                conn.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
              lock.setLong(1, PostgresImport.IMPORT_LOCK);
              lock.execute();
            }
            return work.run(conn);
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot restore into " + server.described() + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} in one transaction on {@code c}: committed, or rolled back if it throws. */
  private static <T> T committed(Connection c, SqlWork<T> work) throws SQLException {
    c.setAutoCommit(false);
    try {
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw e;
    }
  }

  @Override
  public List<String> versionTables() {
    return List.of(SCHEMA_HISTORY);
  }

  @Override
  public List<String> createDatasetTable(String table, List<String> columns) {
    return DatasetTableLayout.statements(
        table, columns, PostgresSchema::createFactTable, PostgresSchema::createLineTable);
  }

  @Override
  public void restartIds(Connection c, String sequence, long next) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT setval(?::regclass, ?, false)")) {
      ps.setString(1, sequence);
      ps.setLong(2, next);
      ps.execute();
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
