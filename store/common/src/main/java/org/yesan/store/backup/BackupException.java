package org.yesan.store.backup;

import org.yesan.failure.YesanException;

/** A backup that cannot be written, or a backup file that is not whole and cannot be restored. */
public final class BackupException extends YesanException {

  private static final long serialVersionUID = 1L;

  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public Kind kind() {
    return Kind.STORE;
  }
}
