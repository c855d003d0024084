package org.yesan.cli;

import org.yesan.accounts.AccountStore;
import org.yesan.app.accounts.Accounts;
import org.yesan.audit.AuditLog;
import org.yesan.store.FactStore;
import org.yesan.store.sql.StoreException;

/** The users, tokens and audit log of an opened store, which both stores keep. */
final class StoreAccounts {

  private StoreAccounts() {}

  static Accounts of(FactStore store) {
    return new Accounts(accounts(store), audit(store));
  }

  static AccountStore accounts(FactStore store) {
    if (store instanceof AccountStore a) {
      return a;
    }
    throw new StoreException("this store keeps no users: " + store.getClass().getSimpleName());
  }

  static AuditLog audit(FactStore store) {
    if (store instanceof AuditLog a) {
      return a;
    }
    throw new StoreException("this store keeps no audit log: " + store.getClass().getSimpleName());
  }
}
