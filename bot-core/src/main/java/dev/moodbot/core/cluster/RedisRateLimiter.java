package dev.moodbot.core.cluster;

import dev.moodbot.core.UserRef;
import dev.moodbot.core.ratelimit.LocalRateLimiter;
import dev.moodbot.core.ratelimit.RateLimitDecision;
import dev.moodbot.core.ratelimit.RateLimiter;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.Objects;

/**
 * Each user's bucket kept in Redis, so that every process on one Redis takes from the same bucket. Bucket4j updates
 * it by compare-and-swap on the bucket's key. While Redis is down each process limits on its own buckets instead.
 */
final class RedisRateLimiter implements RateLimiter {
    private final ProxyManager<String> buckets;
    private final BucketConfiguration shape;
    private final RedisOutage outage;
    private final LocalRateLimiter fallback;

    RedisRateLimiter(ProxyManager<String> buckets, BucketConfiguration shape, RedisOutage outage,
            LocalRateLimiter fallback) {
        this.buckets = buckets;
        this.shape = shape;
        this.outage = outage;
        this.fallback = fallback;
    }

    @Override
    public RateLimitDecision decide(UserRef user) {
        Objects.requireNonNull(user, "user");
        return outage.attempt(() -> RateLimitDecision.of(buckets.builder()
                        .build(RedisState.KEY_PREFIX + "rate:" + user, () -> shape)
                        .tryConsumeAndReturnRemaining(1)))
                .orElseGet(() -> fallback.decide(user));
    }
}
