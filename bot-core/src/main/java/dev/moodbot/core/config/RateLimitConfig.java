package dev.moodbot.core.config;

import java.time.Duration;

/**
 * A token bucket per user: {@code burst} requests at once, refilled by {@code refill} every {@code period}.
 *
 * @param burst the bucket's size
 * @param refill tokens added each {@code period}, spread evenly over it
 * @param period the refill period
 * @param idleExpiry a user's bucket is forgotten after this long without requests
 */
public record RateLimitConfig(int burst, int refill, Duration period, Duration idleExpiry) {
    public RateLimitConfig {
        ConfigException.check(burst >= 1, "rateLimit.burst", burst, "must be >= 1");
        ConfigException.check(refill >= 1, "rateLimit.refill", refill, "must be >= 1");
        ConfigException.check(period != null && period.compareTo(Duration.ofMillis(1)) >= 0, "rateLimit.period",
                period, "must be a duration of at least 1ms");
        ConfigException.check(idleExpiry != null && idleExpiry.compareTo(period) >= 0, "rateLimit.idleExpiry",
                idleExpiry, "must be a duration no shorter than rateLimit.period");
    }

    public static RateLimitConfig defaults() {
        return new RateLimitConfig(3, 5, Duration.ofSeconds(30), Duration.ofMinutes(10));
    }
}
