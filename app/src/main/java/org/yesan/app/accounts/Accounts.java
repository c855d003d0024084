package org.yesan.app.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yesan.accounts.Account;
import org.yesan.accounts.AccountException;
import org.yesan.accounts.AccountStore;
import org.yesan.accounts.AccountStore.StoredToken;
import org.yesan.accounts.Role;
import org.yesan.accounts.TokenInfo;
import org.yesan.audit.AuditEntry;
import org.yesan.audit.AuditLog;
import org.yesan.failure.YesanException;

/**
 * Users and their tokens: adding users, making and revoking tokens (each change written to the
 * audit log), and telling who presented a token; the one place the CLI and the server do so.
 */
public final class Accounts {

  private final AccountStore store;
  private final AuditLog audit;
  private final TokenSecrets secrets;

  public Accounts(AccountStore store, AuditLog audit) {
    this(store, audit, new TokenSecrets());
  }

  Accounts(AccountStore store, AuditLog audit, TokenSecrets secrets) {
    this.store = store;
    this.audit = audit;
    this.secrets = secrets;
  }

  /** Adds a user with a role, on behalf of {@code actor}. */
  public Account addUser(String actor, String name, Role role) {
    Account a = new Account(Account.requireName(name), role, Instant.now());
    store.addUser(a);
    audit.append(
        AuditEntry.now(
            actor,
            AuditEntry.Action.USER_ADD,
            name,
            Optional.empty(),
            Optional.empty(),
            "ok: " + role.id()));
    return a;
  }

  /**
   * Gives a user another role, on behalf of {@code actor}.
   *
   * @throws AccountException when there is no such user, or when it would leave no admin
   */
  public Account changeRole(String actor, String name, Role role) {
    Account before = existing(name);
    if (before.role() == Role.ADMIN && role != Role.ADMIN) {
      requireAnotherAdmin(name, "make " + name + " " + role.id());
    }
    boolean done = store.setRole(name, role);
    audit.append(
        AuditEntry.now(
            actor,
            AuditEntry.Action.USER_ROLE,
            name,
            Optional.empty(),
            Optional.empty(),
            done ? "ok: " + before.role().id() + " -> " + role.id() : "failed: no user " + name));
    if (!done) {
      throw new AccountException(YesanException.Kind.NOT_FOUND, "no user " + name);
    }
    return new Account(name, role, before.created());
  }

  /**
   * Removes a user and revokes their tokens, on behalf of {@code actor}.
   *
   * @throws AccountException when there is no such user, or when it would leave no admin
   */
  public void removeUser(String actor, String name) {
    Account before = existing(name);
    if (before.role() == Role.ADMIN) {
      requireAnotherAdmin(name, "remove " + name);
    }
    boolean done = store.removeUser(name, Instant.now());
    audit.append(
        AuditEntry.now(
            actor,
            AuditEntry.Action.USER_REMOVE,
            name,
            Optional.empty(),
            Optional.empty(),
            done
                ? "ok: was " + before.role().id() + "; tokens revoked"
                : "failed: no user " + name));
    if (!done) {
      throw new AccountException(YesanException.Kind.NOT_FOUND, "no user " + name);
    }
  }

  private Account existing(String name) {
    Account.requireName(name);
    return store
        .user(name)
        .orElseThrow(() -> new AccountException(YesanException.Kind.NOT_FOUND, "no user " + name));
  }

  // The last admin stays: without one, users could be managed only from a machine holding the
  // store, and no one could read the audit log over HTTP.
  private void requireAnotherAdmin(String name, String change) {
    boolean another =
        store.users().stream().anyMatch(a -> a.role() == Role.ADMIN && !a.name().equals(name));
    if (!another) {
      throw new AccountException(
          YesanException.Kind.QUERY,
          "cannot " + change + ": " + name + " is the only admin; make another admin first");
    }
  }

  public List<Account> users() {
    return store.users();
  }

  public List<TokenInfo> tokens() {
    return store.tokens();
  }

  /**
   * Makes a token for a user; its secret is in the answer and nowhere else.
   *
   * @throws AccountException when there is no such user
   */
  public IssuedToken createToken(String actor, String owner) {
    Account.requireName(owner);
    if (store.user(owner).isEmpty()) {
      throw new AccountException(YesanException.Kind.NOT_FOUND, "no user " + owner);
    }
    String secret = secrets.newSecret();
    TokenInfo info = new TokenInfo(secrets.newId(), owner, Instant.now(), Optional.empty());
    store.addToken(info, TokenSecrets.hash(secret));
    audit.append(
        AuditEntry.now(
            actor,
            AuditEntry.Action.TOKEN_CREATE,
            info.id(),
            Optional.empty(),
            Optional.empty(),
            "ok: for " + owner));
    return new IssuedToken(info, secret);
  }

  /**
   * Revokes a token from now on.
   *
   * @throws AccountException when there is no active token of that id
   */
  public void revoke(String actor, String id) {
    boolean done = store.revokeToken(id, Instant.now());
    audit.append(
        AuditEntry.now(
            actor,
            AuditEntry.Action.TOKEN_REVOKE,
            id,
            Optional.empty(),
            Optional.empty(),
            done ? "ok" : "failed: no active token " + id));
    if (!done) {
      throw new AccountException(YesanException.Kind.NOT_FOUND, "no active token " + id);
    }
  }

  /** Who presented this bearer token, if anyone. */
  public Authentication authenticate(Optional<String> bearer) {
    if (bearer.isEmpty()) {
      return Authentication.of(Authentication.Outcome.NONE);
    }
    String secret = bearer.get();
    if (!TokenSecrets.wellFormed(secret)) {
      return Authentication.of(Authentication.Outcome.MALFORMED);
    }
    String hash = TokenSecrets.hash(secret);
    Optional<StoredToken> found = store.tokenByHash(hash);
    // the lookup finds by hash; the comparison after it runs in constant time all the same
    if (found.isEmpty() || !TokenSecrets.sameHash(found.get().hash(), hash)) {
      return Authentication.of(Authentication.Outcome.UNKNOWN);
    }
    if (!found.get().token().active()) {
      return Authentication.of(Authentication.Outcome.REVOKED);
    }
    return new Authentication(
        Authentication.Outcome.VALID,
        Optional.of(new Principal(found.get().owner(), found.get().token())));
  }
}
