package org.yesan.app.accounts;

import org.yesan.accounts.Account;
import org.yesan.accounts.Role;
import org.yesan.accounts.TokenInfo;

/** Who a request comes from: a user, by the token it presented. */
public record Principal(Account account, TokenInfo token) {

  /** How the audit log names this user: {@code NAME (token ID)}. */
  public String actor() {
    return account.name() + " (token " + token.id() + ")";
  }

  public Role role() {
    return account.role();
  }
}
