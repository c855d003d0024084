package org.yesan.store.sql;

import org.yesan.failure.YesanException;

/** A failure of the store itself (an unreadable file, an unsupported schema, a database error). */
public final class StoreException extends YesanException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public Kind kind() {
    return Kind.STORE;
  }
}
