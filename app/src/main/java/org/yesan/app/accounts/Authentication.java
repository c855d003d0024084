package org.yesan.app.accounts;

import java.util.Optional;

/** What a presented bearer token turned out to be; only {@link Outcome#VALID} has a principal. */
public record Authentication(Outcome outcome, Optional<Principal> principal) {

  /** The possible outcomes of looking a token up. */
  public enum Outcome {
    /** No token was presented. */
    NONE,
    /** A token of a known user, not revoked. */
    VALID,
    /** A token that was revoked. */
    REVOKED,
    /** A token of the right shape that no user holds (forged, or of another store). */
    UNKNOWN,
    /** Text that is not a Yesan token at all. */
    MALFORMED
  }

  public Authentication {
    if (principal.isPresent() != (outcome == Outcome.VALID)) {
      throw new IllegalArgumentException("only a valid token has a principal");
    }
  }

  static Authentication of(Outcome outcome) {
    return new Authentication(outcome, Optional.empty());
  }
}
