package org.yesan.http.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server behaves as a service: the longest a read may run before it is cancelled (504), how
 * long {@code /readyz} waits for the store, how long a shutdown lets requests in flight finish, and
 * where one JSON line per request is written ({@code -} for standard output; none by default).
 */
public record OperationsConfig(
    Duration statementTimeout,
    Duration readyTimeout,
    Duration shutdownGrace,
    Optional<Path> requestLog) {

  /** Reads of a public server are cut off after this unless the operator says otherwise. */
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

  public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(2);

  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(20);

  /** The request log's name for standard output. */
  public static final Path STANDARD_OUTPUT = Path.of("-");

  public OperationsConfig {
    Objects.requireNonNull(requestLog, "requestLog");
    requireNotNegative("statement timeout", statementTimeout);
    requireNotNegative("shutdown grace", shutdownGrace);
    if (readyTimeout.isNegative() || readyTimeout.isZero()) {
      throw new IllegalArgumentException("ready timeout must be positive, found " + readyTimeout);
    }
  }

  private static void requireNotNegative(String what, Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, found " + d);
    }
  }

  /** Reads cut off after 30 s, readiness checked within 2 s, 20 s to finish on shutdown, no log. */
  public static OperationsConfig defaults() {
    return new OperationsConfig(
        DEFAULT_STATEMENT_TIMEOUT, DEFAULT_READY_TIMEOUT, DEFAULT_SHUTDOWN_GRACE, Optional.empty());
  }

  public OperationsConfig withStatementTimeout(Duration d) {
    return new OperationsConfig(d, readyTimeout, shutdownGrace, requestLog);
  }

  public OperationsConfig withReadyTimeout(Duration d) {
    return new OperationsConfig(statementTimeout, d, shutdownGrace, requestLog);
  }

  public OperationsConfig withShutdownGrace(Duration d) {
    return new OperationsConfig(statementTimeout, readyTimeout, d, requestLog);
  }

  public OperationsConfig withRequestLog(Path file) {
    return new OperationsConfig(statementTimeout, readyTimeout, shutdownGrace, Optional.of(file));
  }
}
