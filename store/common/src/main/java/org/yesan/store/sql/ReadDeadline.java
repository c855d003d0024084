package org.yesan.store.sql;

import java.time.Duration;

/**
 * A store whose reads can be cut off after a deadline, so that one slow query cannot hold a server.
 */
public interface ReadDeadline {

  /**
   * Cancels every later read that runs longer than {@code limit} with a {@link
   * StoreUnavailableException} ({@link StoreUnavailableException.Reason#TIMED_OUT}); {@link
   * Duration#ZERO} lifts the limit. Imports are never limited.
   */
  void limitReads(Duration limit);
}
