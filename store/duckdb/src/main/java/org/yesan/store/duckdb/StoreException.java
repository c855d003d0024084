package org.yesan.store.duckdb;

/** A failure of the store itself (an unreadable file, an unsupported schema, a database error). */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
