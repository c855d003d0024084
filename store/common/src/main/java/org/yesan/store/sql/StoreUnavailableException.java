package org.yesan.store.sql;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.yesan.failure.YesanException;

/**
 * The store could not answer in time or at all: its database is unreachable or restarting, or a
 * read ran past the statement timeout. Worth trying again; a server answers 503 or 504.
 */
public final class StoreUnavailableException extends YesanException {

  private static final long serialVersionUID = 1L;

  /** Why the store did not answer. */
  public enum Reason {
    /** The database cannot be reached, or is starting or stopping. */
    UNREACHABLE,
    /** The read ran past the configured statement timeout and was cancelled. */
    TIMED_OUT
  }

  private final Reason reason;

  public StoreUnavailableException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public Kind kind() {
    return Kind.BUSY;
  }

  /**
   * The reason a database error is one of not answering, if it is: SQLSTATE class 08 (connection),
   * 57P01–57P03 (the server shutting down or starting), 57014 (cancelled by the statement timeout),
   * or a pool that found no live connection in time.
   */
  public static Optional<Reason> of(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return Optional.of(Reason.UNREACHABLE);
      }
      if (t instanceof SQLException s && s.getSQLState() != null) {
        String state = s.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
          return Optional.of(Reason.UNREACHABLE);
        }
        if (state.equals("57014")) {
          return Optional.of(Reason.TIMED_OUT);
        }
      }
    }
    return Optional.empty();
  }
}
