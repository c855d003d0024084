package org.yesan.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the audit log: who (a user and token, or {@code cli:<os user>}, or {@code anonymous}
 * with an address), did what ({@link Action}) to what, when, from which file (name and SHA-256),
 * with what result.
 *
 * @param id the store's number for the entry; 0 for one not yet written
 * @param subject what the action was about: a dataset, a user, a token id, a route
 * @param result {@code ok}, {@code failed: …} or {@code refused: …}
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    Action action,
    String subject,
    Optional<String> file,
    Optional<String> sha256,
    String result) {

  /** What was done or tried. */
  public enum Action {
    IMPORT,
    USER_ADD,
    USER_ROLE,
    USER_REMOVE,
    TOKEN_CREATE,
    TOKEN_REVOKE,
    REFUSED
  }

  public AuditEntry {
    if (actor.isBlank()) {
      throw new IllegalArgumentException("an audit entry needs an actor");
    }
    if (result.isBlank()) {
      throw new IllegalArgumentException("an audit entry needs a result");
    }
    sha256.ifPresent(
        h -> {
          if (!h.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256: expected 64 hex digits, found " + h);
          }
        });
  }

  /** An entry to be written now. */
  public static AuditEntry now(
      String actor,
      Action action,
      String subject,
      Optional<String> file,
      Optional<String> sha256,
      String result) {
    return new AuditEntry(0, Instant.now(), actor, action, subject, file, sha256, result);
  }

  /** The action as the log prints it: import, user_add, … */
  public String actionId() {
    return action.name().toLowerCase(java.util.Locale.ROOT);
  }
}
