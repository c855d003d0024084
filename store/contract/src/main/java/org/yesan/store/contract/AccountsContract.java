package org.yesan.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yesan.accounts.Account;
import org.yesan.accounts.AccountException;
import org.yesan.accounts.AccountStore;
import org.yesan.accounts.Role;
import org.yesan.accounts.TokenInfo;
import org.yesan.audit.AuditEntry;
import org.yesan.audit.AuditLog;
import org.yesan.store.imports.ImportingStore;

/**
 * What every store must do the same way with users, token hashes and the audit log; {@link
 * StoreContract} extends it, so each store's contract test runs it too.
 */
public abstract class AccountsContract {

  /** A new store holding nothing; each call a separate one, closed by the test. */
  protected abstract ImportingStore emptyStore();

  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "b".repeat(64);

  private static AccountStore accounts(ImportingStore s) {
    return (AccountStore) s;
  }

  private static AuditLog audit(ImportingStore s) {
    return (AuditLog) s;
  }

  @Test
  void usersKeepTheirRoleAndTimeAndListByName() {
    try (ImportingStore s = emptyStore()) {
      AccountStore a = accounts(s);
      assertThat(a.users()).isEmpty();
      a.addUser(new Account("zed", Role.VIEWER, T0));
      a.addUser(new Account("amy", Role.ADMIN, T0.plusSeconds(1)));
      a.addUser(new Account("max.k", Role.EDITOR, T0.plusSeconds(2)));
      assertThat(a.users())
          .containsExactly(
              new Account("amy", Role.ADMIN, T0.plusSeconds(1)),
              new Account("max.k", Role.EDITOR, T0.plusSeconds(2)),
              new Account("zed", Role.VIEWER, T0));
      assertThat(a.user("max.k")).map(Account::role).contains(Role.EDITOR);
      assertThat(a.user("nobody")).isEmpty();
    }
  }

  @Test
  void aSecondUserOfTheSameNameIsRefusedAndTheFirstKept() {
    try (ImportingStore s = emptyStore()) {
      AccountStore a = accounts(s);
      a.addUser(new Account("amy", Role.VIEWER, T0));
      assertThatThrownBy(() -> a.addUser(new Account("amy", Role.ADMIN, T0)))
          .isInstanceOf(AccountException.class)
          .hasMessageContaining("amy exists");
      assertThat(a.users()).containsExactly(new Account("amy", Role.VIEWER, T0));
    }
  }

  @Test
  void aTokenIsFoundByItsHashWithItsOwnerAndNeverByAnother() {
    try (ImportingStore s = emptyStore()) {
      AccountStore a = accounts(s);
      a.addUser(new Account("amy", Role.EDITOR, T0));
      TokenInfo t = new TokenInfo("0123456789abcdef", "amy", T0, Optional.empty());
      a.addToken(t, HASH_A);
      AccountStore.StoredToken found = a.tokenByHash(HASH_A).orElseThrow();
      assertThat(found.token()).isEqualTo(t);
      assertThat(found.owner()).isEqualTo(new Account("amy", Role.EDITOR, T0));
      assertThat(found.hash()).isEqualTo(HASH_A);
      assertThat(a.tokenByHash(HASH_B)).isEmpty();
      assertThat(a.tokenByHash("' OR '1'='1")).isEmpty();
    }
  }

  @Test
  void aTokenForNoUserIsRefused() {
    try (ImportingStore s = emptyStore()) {
      AccountStore a = accounts(s);
      assertThatThrownBy(
              () ->
                  a.addToken(
                      new TokenInfo("0123456789abcdef", "ghost", T0, Optional.empty()), HASH_A))
          .isInstanceOf(AccountException.class)
          .hasMessageContaining("no user ghost");
      assertThat(a.tokens()).isEmpty();
    }
  }

  @Test
  void aRevokedTokenStaysListedWithItsTimeAndIsRevokedOnce() {
    try (ImportingStore s = emptyStore()) {
      AccountStore a = accounts(s);
      a.addUser(new Account("amy", Role.EDITOR, T0));
      a.addToken(new TokenInfo("0000000000000001", "amy", T0, Optional.empty()), HASH_A);
      a.addToken(
          new TokenInfo("0000000000000002", "amy", T0.plusSeconds(5), Optional.empty()), HASH_B);
      Instant at = T0.plusSeconds(60);
      assertThat(a.revokeToken("0000000000000001", at)).isTrue();
      assertThat(a.revokeToken("0000000000000001", at.plusSeconds(1))).isFalse();
      assertThat(a.revokeToken("00000000000000ff", at)).isFalse();
      assertThat(a.tokens())
          .containsExactly(
              new TokenInfo("0000000000000002", "amy", T0.plusSeconds(5), Optional.empty()),
              new TokenInfo("0000000000000001", "amy", T0, Optional.of(at)));
      assertThat(a.tokenByHash(HASH_A).orElseThrow().token().active()).isFalse();
      assertThat(a.tokenByHash(HASH_B).orElseThrow().token().active()).isTrue();
    }
  }

  @Test
  void theAuditLogPagesNewestFirstAndKeepsEveryField() {
    try (ImportingStore s = emptyStore()) {
      AuditLog log = audit(s);
      List<AuditEntry> written = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        AuditEntry e =
            new AuditEntry(
                0,
                T0.plusSeconds(i),
                "cli:tester",
                i % 2 == 0 ? AuditEntry.Action.IMPORT : AuditEntry.Action.REFUSED,
                "subject " + i,
                i % 2 == 0 ? Optional.of("file" + i + ".csv") : Optional.empty(),
                i % 2 == 0 ? Optional.of(Integer.toHexString(i).repeat(64)) : Optional.empty(),
                "ok " + i);
        log.append(e);
        written.add(e);
      }
      assertThat(log.auditCount()).isEqualTo(7);
      List<AuditEntry> first = log.auditEntries(0, 3);
      List<AuditEntry> rest = log.auditEntries(3, 10);
      assertThat(first).hasSize(3);
      assertThat(rest).hasSize(4);
      List<AuditEntry> all = new ArrayList<>(first);
      all.addAll(rest);
      for (int i = 0; i < 7; i++) {
        AuditEntry got = all.get(i);
        AuditEntry want = written.get(6 - i);
        assertThat(got.id()).isPositive();
        assertThat(
                new AuditEntry(
                    0,
                    got.at(),
                    got.actor(),
                    got.action(),
                    got.subject(),
                    got.file(),
                    got.sha256(),
                    got.result()))
            .isEqualTo(want);
      }
      assertThat(all).extracting(AuditEntry::id).isSortedAccordingTo((x, y) -> Long.compare(y, x));
    }
  }

  @Test
  void aFailingImportLeavesUsersTokensAndTheAuditLogAsTheyWere() {
    try (ImportingStore s = emptyStore()) {
      accounts(s).addUser(new Account("amy", Role.EDITOR, T0));
      accounts(s).addToken(new TokenInfo("0123456789abcdef", "amy", T0, Optional.empty()), HASH_A);
      audit(s)
          .append(
              AuditEntry.now(
                  "cli:tester",
                  AuditEntry.Action.USER_ADD,
                  "amy",
                  Optional.empty(),
                  Optional.empty(),
                  "ok"));
      assertThatThrownBy(
              () ->
                  s.importFiles(
                      StoreContract.aFailingImport(), org.yesan.store.imports.ImportProgress.NONE))
          .isInstanceOf(RuntimeException.class);
      assertThat(accounts(s).users()).containsExactly(new Account("amy", Role.EDITOR, T0));
      assertThat(accounts(s).tokenByHash(HASH_A)).isPresent();
      assertThat(audit(s).auditCount()).isEqualTo(1);
    }
  }

  @Test
  void anImportCommitsWithItsAuditEntriesOrNotAtAll() {
    try (ImportingStore s = emptyStore()) {
      AuditEntry entry =
          AuditEntry.now(
              "cli:tester",
              AuditEntry.Action.IMPORT,
              "t",
              Optional.of("a.csv"),
              Optional.empty(),
              "ok: written in the import's transaction");
      s.importFilesWithAudit(
          List.of(StoreContract.budget2018().input("a")),
          org.yesan.store.imports.ImportProgress.NONE,
          report -> {
            assertThat(report.facts()).isPositive();
            return List.of(entry);
          });
      assertThat(audit(s).auditEntries(0, 10))
          .extracting(AuditEntry::result)
          .containsExactly("ok: written in the import's transaction");
      String dataset = s.datasets().get(0).name();
      // each slice names the file it came from: "a" here, "b" had the second import landed
      List<org.yesan.store.Slice> before = s.slices(dataset);
      assertThat(before).isNotEmpty();
      // an audit entry that cannot be made takes the import down with it: nothing lands unlogged
      assertThatThrownBy(
              () ->
                  s.importFilesWithAudit(
                      List.of(StoreContract.budget2018().input("b")),
                      org.yesan.store.imports.ImportProgress.NONE,
                      report -> {
                        throw new IllegalStateException("the audit log is unavailable");
                      }))
          .hasMessageContaining("the audit log is unavailable");
      assertThat(s.slices(dataset)).isEqualTo(before);
      assertThat(audit(s).auditCount()).isEqualTo(1);
    }
  }
}
