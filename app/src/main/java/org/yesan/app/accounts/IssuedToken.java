package org.yesan.app.accounts;

import org.yesan.accounts.TokenInfo;

/** A token just made: what the store keeps of it, and the secret, which is shown this once. */
public record IssuedToken(TokenInfo info, String secret) {

  @Override
  public String toString() {
    // never the secret, should the record reach a log
    return "IssuedToken[" + info + "]";
  }
}
