package org.yesan.store.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.accounts.Account;
import org.yesan.accounts.AccountException;
import org.yesan.accounts.AccountStore.StoredToken;
import org.yesan.accounts.Role;
import org.yesan.accounts.TokenInfo;
import org.yesan.audit.AuditEntry;
import org.yesan.failure.YesanException;
import org.yesan.store.sql.StoreException;

/**
 * The users, token hashes and audit log of a store, in SQL that DuckDB and PostgreSQL read alike;
 * each store runs it on its own connection. Times are epoch milliseconds, so both read them back
 * exactly.
 */
public final class AccountTables {

  /** The tables, in the order they are made; the stores create them in their own schema step. */
  public static final List<String> LAYOUT =
      List.of(
          "CREATE TABLE yesan_users (name VARCHAR PRIMARY KEY, role VARCHAR NOT NULL,"
              + " created_at BIGINT NOT NULL)",
          "CREATE TABLE yesan_tokens (id VARCHAR PRIMARY KEY, owner VARCHAR NOT NULL,"
              + " hash VARCHAR NOT NULL UNIQUE, created_at BIGINT NOT NULL, revoked_at BIGINT)",
          "CREATE SEQUENCE yesan_audit_ids START 1",
          "CREATE TABLE yesan_audit (id BIGINT PRIMARY KEY, happened_at BIGINT NOT NULL,"
              + " actor VARCHAR NOT NULL, action VARCHAR NOT NULL, subject VARCHAR NOT NULL,"
              + " file VARCHAR, sha256 VARCHAR, result VARCHAR NOT NULL)");

  private final Connection c;

  public AccountTables(Connection c) {
    this.c = c;
  }

  public void addUser(Account a) {
    try {
      if (exists("SELECT 1 FROM yesan_users WHERE name = ?", a.name())) {
        throw new AccountException(
            YesanException.Kind.QUERY, "user " + a.name() + " exists already");
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO yesan_users VALUES (?, ?, ?)")) {
        ps.setString(1, a.name());
        ps.setString(2, a.role().id());
        ps.setLong(3, a.created().toEpochMilli());
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw failed("add user " + a.name(), e);
    }
  }

  public List<Account> users() {
    List<Account> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT name, role, created_at FROM yesan_users ORDER BY name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(account(rs, 1));
      }
      return out;
    } catch (SQLException e) {
      throw failed("list users", e);
    }
  }

  public boolean setRole(String name, Role role) {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE yesan_users SET role = ? WHERE name = ?")) {
      ps.setString(1, role.id());
      ps.setString(2, name);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw failed("change the role of " + name, e);
    }
  }

  /** Revokes the user's active tokens and removes the user, in one transaction of its own. */
  public boolean removeUser(String name, Instant at) {
    try {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE yesan_tokens SET revoked_at = ? WHERE owner = ? AND revoked_at IS NULL")) {
          ps.setLong(1, at.toEpochMilli());
          ps.setString(2, name);
          ps.executeUpdate();
        }
        int removed;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM yesan_users WHERE name = ?")) {
          ps.setString(1, name);
          removed = ps.executeUpdate();
        }
        c.commit();
        return removed > 0;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw failed("remove user " + name, e);
    }
  }

  public void addToken(TokenInfo t, String hash) {
    try {
      if (!exists("SELECT 1 FROM yesan_users WHERE name = ?", t.owner())) {
        throw new AccountException(YesanException.Kind.NOT_FOUND, "no user " + t.owner());
      }
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO yesan_tokens VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, t.id());
        ps.setString(2, t.owner());
        ps.setString(3, hash);
        ps.setLong(4, t.created().toEpochMilli());
        if (t.revoked().isPresent()) {
          ps.setLong(5, t.revoked().get().toEpochMilli());
        } else {
          ps.setNull(5, Types.BIGINT);
        }
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw failed("add a token for " + t.owner(), e);
    }
  }

  public boolean revokeToken(String id, Instant at) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE yesan_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
      ps.setLong(1, at.toEpochMilli());
      ps.setString(2, id);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw failed("revoke token " + id, e);
    }
  }

  public List<TokenInfo> tokens() {
    List<TokenInfo> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, owner, created_at, revoked_at FROM yesan_tokens"
                    + " ORDER BY created_at DESC, id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(token(rs));
      }
      return out;
    } catch (SQLException e) {
      throw failed("list tokens", e);
    }
  }

  public Optional<StoredToken> tokenByHash(String hash) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT t.id, t.owner, t.created_at, t.revoked_at, u.name, u.role, u.created_at,"
                + " t.hash FROM yesan_tokens t JOIN yesan_users u ON u.name = t.owner"
                + " WHERE t.hash = ?")) {
      ps.setString(1, hash);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredToken(token(rs), account(rs, 5), rs.getString(8)));
      }
    } catch (SQLException e) {
      throw failed("look a token up", e);
    }
  }

  public void append(AuditEntry e) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO yesan_audit VALUES (nextval('yesan_audit_ids'), ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, e.at().toEpochMilli());
      ps.setString(2, e.actor());
      ps.setString(3, e.actionId());
      ps.setString(4, e.subject());
      ps.setString(5, e.file().orElse(null));
      ps.setString(6, e.sha256().orElse(null));
      ps.setString(7, e.result());
      ps.executeUpdate();
    } catch (SQLException ex) {
      throw failed("write the audit log", ex);
    }
  }

  public List<AuditEntry> auditEntries(int offset, int limit) {
    List<AuditEntry> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, happened_at, actor, action, subject, file, sha256, result FROM yesan_audit"
                + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
      ps.setInt(1, limit);
      ps.setInt(2, offset);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AuditEntry(
                  rs.getLong(1),
                  Instant.ofEpochMilli(rs.getLong(2)),
                  rs.getString(3),
                  AuditEntry.Action.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)),
                  rs.getString(5),
                  Optional.ofNullable(rs.getString(6)),
                  Optional.ofNullable(rs.getString(7)),
                  rs.getString(8)));
        }
      }
      return out;
    } catch (SQLException ex) {
      throw failed("read the audit log", ex);
    }
  }

  public long auditCount() {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM yesan_audit");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException ex) {
      throw failed("count the audit log", ex);
    }
  }

  private boolean exists(String sql, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Account account(ResultSet rs, int first) throws SQLException {
    return new Account(
        rs.getString(first),
        Role.parse(rs.getString(first + 1)),
        Instant.ofEpochMilli(rs.getLong(first + 2)));
  }

  private static TokenInfo token(ResultSet rs) throws SQLException {
    long revoked = rs.getLong(4);
    Optional<Instant> r =
        rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revoked));
    return new TokenInfo(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)), r);
  }

  private static StoreException failed(String what, SQLException e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
  }
}
