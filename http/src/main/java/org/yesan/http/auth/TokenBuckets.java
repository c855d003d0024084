package org.yesan.http.auth;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client (a token id, or an address for anonymous requests): each request
 * takes one token; an empty bucket says how many seconds until the next token. Amounts are kept in
 * millionths of a token, as integers, so refills never drift.
 */
final class TokenBuckets {

  private static final long UNIT = 1_000_000L;
  private static final int MAX_CLIENTS = 100_000;

  private final RateLimit limit;
  private final LongSupplier nanos;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    long micros;
    long at;

    Bucket(long micros, long at) {
      this.micros = micros;
      this.at = at;
    }
  }

  TokenBuckets(RateLimit limit) {
    this(limit, System::nanoTime);
  }

  TokenBuckets(RateLimit limit, LongSupplier nanos) {
    this.limit = limit;
    this.nanos = nanos;
  }

  /** Takes a token for the client; empty when it was there, else the seconds to wait. */
  OptionalLong take(String client) {
    if (limit.off()) {
      return OptionalLong.empty();
    }
    long now = nanos.getAsLong();
    long capacity = limit.burst() * UNIT;
    if (buckets.size() > MAX_CLIENTS) {
      // forget clients whose buckets have refilled: they lose nothing by being forgotten
      buckets.entrySet().removeIf(e -> level(e.getValue(), now) >= capacity);
    }
    Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(capacity, now));
    synchronized (b) {
      b.micros = level(b, now);
      b.at = now;
      if (b.micros >= UNIT) {
        b.micros -= UNIT;
        return OptionalLong.empty();
      }
      long missing = UNIT - b.micros;
      // seconds until the missing part has refilled: missing × 60 / (perMinute × UNIT), rounded up
      long perMinuteMicros = limit.perMinute() * UNIT;
      return OptionalLong.of(Math.max(1, (missing * 60 + perMinuteMicros - 1) / perMinuteMicros));
    }
  }

  private long level(Bucket b, long now) {
    long capacity = limit.burst() * UNIT;
    long elapsed = Math.max(0, now - b.at);
    // perMinute tokens per 60e9 ns; in micro-tokens: elapsed * perMinute * UNIT / 60e9
    long gained;
    try {
      gained = Math.multiplyExact(elapsed, (long) limit.perMinute()) / 60_000L;
    } catch (ArithmeticException e) {
      gained = capacity; // so long ago that the bucket is full whatever the rate
    }
    return Math.min(capacity, b.micros + gained);
  }
}
