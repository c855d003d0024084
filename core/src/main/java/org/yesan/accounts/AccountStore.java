package org.yesan.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a shared store keeps its users and the hashes of their tokens; never a token itself. Both
 * stores implement it in their own database, beside the data the users read and change.
 */
public interface AccountStore {

  /**
   * Adds a user.
   *
   * @throws AccountException when a user of that name exists
   */
  void addUser(Account account);

  /** Every user, by name. */
  List<Account> users();

  /** The user of that name, if there is one. */
  default Optional<Account> user(String name) {
    return users().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /**
   * Gives a user another role.
   *
   * @return whether there was a user of that name
   */
  boolean setRole(String name, Role role);

  /**
   * Removes a user and revokes, from {@code at} on, every token of theirs still active, in one
   * transaction: a user removed is never left with a token that opens anything.
   *
   * @return whether there was a user of that name
   */
  boolean removeUser(String name, Instant at);

  /**
   * Keeps a new token's hash.
   *
   * @throws AccountException when its owner is no user
   */
  void addToken(TokenInfo token, String hash);

  /**
   * Marks a token revoked from {@code at} on.
   *
   * @return whether there was an active token of that id
   */
  boolean revokeToken(String id, Instant at);

  /** Every token, newest first, without hashes. */
  List<TokenInfo> tokens();

  /** The token stored under a hash, with its owner and the hash as stored, if there is one. */
  Optional<StoredToken> tokenByHash(String hash);

  /** A token as stored: what is known of it, its owner's account and its stored hash. */
  record StoredToken(TokenInfo token, Account owner, String hash) {}
}
