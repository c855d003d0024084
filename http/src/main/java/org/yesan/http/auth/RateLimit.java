package org.yesan.http.auth;

/**
 * A token bucket's shape: at most {@code burst} requests at once, refilled at {@code perMinute}
 * requests a minute; {@link #OFF} lets everything through.
 */
public record RateLimit(int burst, int perMinute) {

  /** No limit. */
  public static final RateLimit OFF = new RateLimit(Integer.MAX_VALUE, Integer.MAX_VALUE);

  /** 120 at once, 600 a minute: a dashboard page asks a dozen questions at a time. */
  public static final RateLimit DEFAULT = new RateLimit(120, 600);

  public RateLimit {
    if (burst < 1 || perMinute < 1) {
      throw new IllegalArgumentException(
          "rate limit: burst and requests per minute must be at least 1, found "
              + burst
              + " and "
              + perMinute);
    }
  }

  /** Whether this is no limit at all. */
  public boolean off() {
    return equals(OFF);
  }

  /**
   * Parses {@code BURST/PERMINUTE} (e.g. {@code 120/600}) or {@code off}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static RateLimit parse(String text) {
    if (text.strip().equalsIgnoreCase("off")) {
      return OFF;
    }
    String[] parts = text.strip().split("/", 2);
    try {
      if (parts.length == 2) {
        return new RateLimit(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        "rate limit: expected BURST/PER_MINUTE such as 120/600, or off, found '" + text + "'");
  }
}
