package org.yesan.failure;

/**
 * The one base of Yesan's typed failures; each names its {@link Kind}, which every front end maps
 * to its own answer in one place (an HTTP status and problem type, a CLI exit code).
 */
public abstract class YesanException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What sort of failure it is, which decides how a front end answers it. */
  public enum Kind {
    /** An input file that does not read: its place and what was expected. */
    INPUT,
    /** A request (query parameter, option, body) that does not fit the data or the grammar. */
    QUERY,
    /** Something named that does not exist, such as a dataset. */
    NOT_FOUND,
    /** The store is held by another process and did not come free in time. */
    BUSY,
    /** The store itself failed: an unreadable file, an unsupported schema, a database error. */
    STORE,
    /** Data that fail their own validation: an import rolled back, the store unchanged. */
    INVALID
  }

  protected YesanException(String message) {
    super(message);
  }

  protected YesanException(String message, Throwable cause) {
    super(message, cause);
  }

  /** What sort of failure this is. */
  public abstract Kind kind();
}
