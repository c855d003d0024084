package org.yesan.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a store keeps of a token besides its hash: its id, owner, creation and revocation. */
public record TokenInfo(String id, String owner, Instant created, Optional<Instant> revoked) {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

  public TokenInfo {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("token id: expected 16 hex digits, found '" + id + "'");
    }
    Account.requireName(owner);
  }

  /** Whether the token still opens the door. */
  public boolean active() {
    return revoked.isEmpty();
  }
}
