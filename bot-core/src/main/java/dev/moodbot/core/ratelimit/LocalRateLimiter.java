package dev.moodbot.core.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.config.RateLimitConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket per user, in this process: {@code burst} requests at once, then {@code refill} per {@code period}, spread evenly.
 * Buckets live in a bounded cache that drops users idle longer than {@code idleExpiry}, so memory follows the number
 * of active users, not of all users ever seen.
 */
public final class LocalRateLimiter implements RateLimiter {
    /** A cap on memory if many users are active at once; evicting one only gives that user a fresh bucket. */
    static final long MAX_USERS = 100_000;

    private final Bandwidth limit;
    private final TickerTimeMeter time;
    private final Cache<UserRef, Bucket> buckets;

    /**
     * @param ticker the one time source for both the buckets and the idle expiry; {@code Ticker.systemTicker()} in
     *     production, a hand-moved one in tests
     */
    public LocalRateLimiter(RateLimitConfig config, Ticker ticker) {
        Objects.requireNonNull(config, "config");
        this.limit = RateLimiter.bandwidth(config);
        this.time = new TickerTimeMeter(Objects.requireNonNull(ticker, "ticker"));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_USERS)
                .expireAfterAccess(keepFor(config))
                .ticker(ticker)
                .build();
    }

    @Override
    public RateLimitDecision decide(UserRef user) {
        Objects.requireNonNull(user, "user");
        return RateLimitDecision.of(buckets.get(user, key -> newBucket()).tryConsumeAndReturnRemaining(1));
    }

    /** How many users currently hold a bucket, after dropping the expired ones. */
    long trackedUsers() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build();
    }

    /**
     * Forgetting a bucket before it has refilled would hand an idle user a full burst early, so a bucket is kept at
     * least until it would be full again, even when {@code idleExpiry} is shorter.
     */
    static Duration keepFor(RateLimitConfig config) {
        Duration refillFully = config.period().multipliedBy(config.burst()).dividedBy(config.refill());
        return refillFully.compareTo(config.idleExpiry()) > 0 ? refillFully : config.idleExpiry();
    }
}
