package org.yesan.http.auth;

/**
 * Who may do what on a server, beside the roles: whether reading needs a viewer's token ({@code
 * yesan serve --private}), the rate limit per token (and per address for requests without one), and
 * the largest upload an import may send.
 */
public record AccessRules(boolean privateReads, RateLimit rateLimit, long maxUploadBytes) {

  /** 1 GiB: the largest shared file is a few hundred megabytes. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 1L << 30;

  public AccessRules {
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException(
          "max upload must be at least 1 byte, found " + maxUploadBytes);
    }
  }

  /** Public reads, the default rate limit, uploads up to 1 GiB. */
  public static AccessRules defaults() {
    return new AccessRules(false, RateLimit.DEFAULT, DEFAULT_MAX_UPLOAD_BYTES);
  }

  public AccessRules withPrivateReads(boolean p) {
    return new AccessRules(p, rateLimit, maxUploadBytes);
  }

  public AccessRules withRateLimit(RateLimit r) {
    return new AccessRules(privateReads, r, maxUploadBytes);
  }

  public AccessRules withMaxUploadBytes(long n) {
    return new AccessRules(privateReads, rateLimit, n);
  }
}
