package org.yesan.store.duckdb;

import org.yesan.failure.YesanException;

/**
 * A store file that another process holds: for writing while this one wanted to read, or at all
 * while this one wanted to write. Whoever opens stores decides whether to wait and whom to name.
 */
public final class StoreLockedException extends YesanException {

  private static final long serialVersionUID = 1L;

  private final String location;

  public StoreLockedException(String location, Throwable cause) {
    super("store " + location + " is in use by another process", cause);
    this.location = location;
  }

  public String location() {
    return location;
  }

  @Override
  public Kind kind() {
    return Kind.BUSY;
  }
}
