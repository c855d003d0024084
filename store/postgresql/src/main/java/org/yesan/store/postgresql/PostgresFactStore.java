package org.yesan.store.postgresql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.yesan.accounts.Account;
import org.yesan.accounts.AccountStore;
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
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportReport;
import org.yesan.store.imports.ImportingStore;
import org.yesan.store.sql.StoreException;
import org.yesan.store.sql.StoreQueries;
import org.yesan.store.sql.StoreValidator;
import org.yesan.validation.ValidationReport;

/**
 * Keeps datasets in a PostgreSQL database that many Yesan processes share: reads run in parallel on
 * pooled connections, each in one snapshot; imports run one at a time, each in one transaction.
 */
public final class PostgresFactStore implements ImportingStore, AccountStore, AuditLog {

  private static final int POOL_SIZE = 8;

  private final HikariDataSource pool;
  private final PostgresServer server;

  private PostgresFactStore(HikariDataSource pool, PostgresServer server) {
    this.pool = pool;
    this.server = server;
  }

  /**
   * Connects to the database and brings its schema to this Yesan's version (Flyway migrations), so
   * that an empty database becomes a store on first use.
   *
   * @throws StoreException when the server cannot be reached or the schema cannot be migrated
   */
  public static PostgresFactStore open(PostgresServer server) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.jdbcUrl());
    server.user().ifPresent(config::setUsername);
    server.password().ifPresent(config::setPassword);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(10_000);
    config.setPoolName("yesan " + server.described());
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw new StoreException(
          "cannot connect to " + server.described() + ": " + rootMessage(e), e);
    }
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration")
          .table("yesan_schema_history")
          .load()
          .migrate();
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException(
          "cannot bring the schema of " + server.described() + " up to date: " + rootMessage(e), e);
    }
    return new PostgresFactStore(pool, server);
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
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        T result = body.apply(new StoreQueries(c));
        c.commit();
        return result;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read from " + server.described() + ": " + e.getMessage(), e);
    }
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
  public ImportReport importFiles(List<ImportInput> inputs, ImportProgress progress) {
    try (Connection c = pool.getConnection()) {
      return new PostgresImport(c, this::nextId, progress).run(inputs);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot import into " + server.described() + ": " + e.getMessage(), e);
    }
  }

  // Sequence values are never rolled back, so drawing them outside the import's transaction
  // changes nothing but the connection they are drawn on.
  private int nextId() {
    try (Connection c = pool.getConnection();
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
    try (Connection c = pool.getConnection()) {
      return body.apply(new AccountTables(c));
    } catch (SQLException e) {
      throw new StoreException(
          "cannot " + verb + " " + server.described() + ": " + e.getMessage(), e);
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
  public void close() {
    pool.close();
  }
}
