package org.yesan.http;

import java.util.Optional;
import org.yesan.query.Page;

/**
 * How the API server listens and what it allows: port (0 picks a free one), host (loopback unless
 * told otherwise), the origin allowed by CORS (none unless told) and the largest page a client may
 * ask for, which is also the page size when a client names none.
 */
public record ServerConfig(int port, String host, Optional<String> corsOrigin, int maxPageSize) {

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_MAX_PAGE_SIZE = 10_000;

  public ServerConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, found " + port);
    }
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (maxPageSize < 1 || maxPageSize > Page.MAX_SIZE) {
      throw new IllegalArgumentException(
          "max page size must be between 1 and " + Page.MAX_SIZE + ", found " + maxPageSize);
    }
    corsOrigin.ifPresent(
        o -> {
          if (o.isBlank()) {
            throw new IllegalArgumentException("CORS origin must not be blank");
          }
        });
  }

  /** Port 8080 on 127.0.0.1, CORS off, pages of at most 10,000 rows. */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_PORT, DEFAULT_HOST, Optional.empty(), DEFAULT_MAX_PAGE_SIZE);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(p, host, corsOrigin, maxPageSize);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(port, h, corsOrigin, maxPageSize);
  }

  /** Allows cross-origin reads from {@code origin}, or from anywhere with {@code "*"}. */
  public ServerConfig withCorsOrigin(String origin) {
    return new ServerConfig(port, host, Optional.of(origin), maxPageSize);
  }

  public ServerConfig withMaxPageSize(int size) {
    return new ServerConfig(port, host, corsOrigin, size);
  }
}
