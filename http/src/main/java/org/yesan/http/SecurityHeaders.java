package org.yesan.http;

import java.util.List;
import java.util.Map;

/**
 * The headers every answer carries so that browsers neither guess content types, nor leak the
 * address, nor let other sites frame the server; the dashboard's pages get a policy that allows
 * their own scripts and styles and nothing from elsewhere.
 */
final class SecurityHeaders {

  private SecurityHeaders() {}

  private static final String NOSNIFF = "nosniff";
  private static final String REFERRER = "no-referrer";

  /** API answers and errors: nothing in them may run or be framed. */
  static final Map<String, String> API =
      Map.of(
          "X-Content-Type-Options", NOSNIFF,
          "Referrer-Policy", REFERRER,
          "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

  /**
   * The dashboard's page and files: scripts, styles, data and fonts from this server only; inline
   * styles allowed because ECharts sets them; charts saved as images use data: and blob: URLs; only
   * {@code frameAncestors} may frame it (this server unless the operator allows others, so that an
   * embedded chart works where it is meant to).
   */
  static Map<String, String> dashboard(List<String> frameAncestors) {
    return Map.of(
        "X-Content-Type-Options",
        NOSNIFF,
        "Referrer-Policy",
        REFERRER,
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors "
            + String.join(" ", frameAncestors));
  }
}
