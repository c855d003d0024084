package org.yesan.accounts;

import org.yesan.failure.YesanException;

/** A change to the users or tokens that cannot be made: a duplicate name, an unknown user. */
public final class AccountException extends YesanException {

  private static final long serialVersionUID = 1L;

  private final Kind kind;

  public AccountException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  @Override
  public Kind kind() {
    return kind;
  }
}
