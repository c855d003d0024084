package org.yesan.app.access;

import org.yesan.failure.YesanException;

/** The store stayed held by another Yesan process for longer than this one would wait. */
public final class StoreBusyException extends YesanException {

  private static final long serialVersionUID = 1L;

  public StoreBusyException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public Kind kind() {
    return Kind.BUSY;
  }
}
