package org.yesan.http;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yesan.http.auth.TrustedProxies;
import org.yesan.query.Page;

/**
 * How the server listens and what it allows: port (0 picks a free one), host (loopback unless told
 * otherwise), the origin allowed by CORS (none unless told), the largest page a client may ask for,
 * which is also the page size when a client names none, and the sources that may frame the
 * dashboard (CSP {@code frame-ancestors}: this server only, unless told), and the reverse proxies
 * whose {@code X-Forwarded-For} names the client (none, unless told).
 */
public record ServerConfig(
    int port,
    String host,
    Optional<String> corsOrigin,
    int maxPageSize,
    List<String> frameAncestors,
    TrustedProxies trustedProxies) {

  /** Only pages of this server may frame the dashboard unless the operator allows others. */
  public static final List<String> DEFAULT_FRAME_ANCESTORS = List.of("'self'");

  // A source is one token: no spaces, commas or semicolons that would end the policy early.
  private static final Pattern SOURCE = Pattern.compile("[^\\s,;]+");

  /** As given, trusting no proxy: the client is always the direct peer. */
  public ServerConfig(
      int port,
      String host,
      Optional<String> corsOrigin,
      int maxPageSize,
      List<String> frameAncestors) {
    this(port, host, corsOrigin, maxPageSize, frameAncestors, TrustedProxies.NONE);
  }

  /** Port, host, CORS and page size as given; only this server may frame the dashboard. */
  public ServerConfig(int port, String host, Optional<String> corsOrigin, int maxPageSize) {
    this(port, host, corsOrigin, maxPageSize, DEFAULT_FRAME_ANCESTORS);
  }

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
    frameAncestors = List.copyOf(frameAncestors);
    if (frameAncestors.isEmpty()) {
      throw new IllegalArgumentException("frame ancestors: name at least one source, or 'none'");
    }
    for (String a : frameAncestors) {
      if (!SOURCE.matcher(a).matches()) {
        throw new IllegalArgumentException(
            "frame ancestors: expected a source such as https://news.example, found '" + a + "'");
      }
    }
    java.util.Objects.requireNonNull(trustedProxies, "trusted proxies: use TrustedProxies.NONE");
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
    return new ServerConfig(p, host, corsOrigin, maxPageSize, frameAncestors, trustedProxies);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(port, h, corsOrigin, maxPageSize, frameAncestors, trustedProxies);
  }

  /** Allows cross-origin reads from {@code origin}, or from anywhere with {@code "*"}. */
  public ServerConfig withCorsOrigin(String origin) {
    return new ServerConfig(
        port, host, Optional.of(origin), maxPageSize, frameAncestors, trustedProxies);
  }

  /** Lets these sources frame the dashboard, e.g. {@code https://news.example} or {@code *}. */
  public ServerConfig withFrameAncestors(List<String> sources) {
    return new ServerConfig(port, host, corsOrigin, maxPageSize, sources, trustedProxies);
  }

  public ServerConfig withMaxPageSize(int size) {
    return new ServerConfig(port, host, corsOrigin, size, frameAncestors, trustedProxies);
  }

  /** Takes the client's address from these proxies' forwarding headers (see TrustedProxies). */
  public ServerConfig withTrustedProxies(TrustedProxies proxies) {
    return new ServerConfig(port, host, corsOrigin, maxPageSize, frameAncestors, proxies);
  }
}
