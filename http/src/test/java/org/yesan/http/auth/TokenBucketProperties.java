package org.yesan.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The token bucket's laws, on a clock the test moves. */
class TokenBucketProperties {

  /**
   * Over any run of requests, a client is let through at most burst + perMinute × elapsed / 60
   * times, and every refusal names a positive wait.
   */
  @Property(tries = 300)
  void neverLetsMoreThroughThanTheBucketAndItsRefillAllow(
      @ForAll @IntRange(min = 1, max = 50) int burst,
      @ForAll @IntRange(min = 1, max = 6000) int perMinute,
      @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 2_000_000_000L) Long> gaps) {
    AtomicLong now = new AtomicLong(1_000_000_000L);
    TokenBuckets buckets = new TokenBuckets(new RateLimit(burst, perMinute), now::get);
    long start = now.get();
    int passed = 0;
    for (long gap : gaps) {
      now.addAndGet(gap);
      OptionalLong wait = buckets.take("c");
      if (wait.isEmpty()) {
        passed++;
      } else {
        assertThat(wait.getAsLong()).isPositive();
      }
      long elapsedNanos = now.get() - start;
      // exact bound in integers: passed <= burst + floor(elapsed * perMinute / 60e9)
      java.math.BigInteger allowed =
          java.math.BigInteger.valueOf(elapsedNanos)
              .multiply(java.math.BigInteger.valueOf(perMinute))
              .divide(java.math.BigInteger.valueOf(60_000_000_000L))
              .add(java.math.BigInteger.valueOf(burst));
      assertThat(java.math.BigInteger.valueOf(passed)).isLessThanOrEqualTo(allowed);
    }
  }

  @Property(tries = 200)
  void aRefusedClientGetsThroughOnceItHasWaitedAsTold(
      @ForAll @IntRange(min = 1, max = 20) int burst,
      @ForAll @IntRange(min = 1, max = 6000) int perMinute) {
    AtomicLong now = new AtomicLong(5_000_000_000L);
    TokenBuckets buckets = new TokenBuckets(new RateLimit(burst, perMinute), now::get);
    for (int i = 0; i < burst; i++) {
      assertThat(buckets.take("c")).isEmpty();
    }
    OptionalLong wait = buckets.take("c");
    assertThat(wait).isPresent();
    now.addAndGet(wait.getAsLong() * 1_000_000_000L);
    assertThat(buckets.take("c")).isEmpty();
    // and the wait is not longer than one token's refill time, rounded up to a second
    assertThat(wait.getAsLong()).isLessThanOrEqualTo((60L + perMinute - 1) / perMinute);
  }
}
