package dev.moodbot.core.ratelimit;

import dev.moodbot.core.UserRef;
import dev.moodbot.core.config.RateLimitConfig;
import io.github.bucket4j.Bandwidth;

/**
 * Decides whether one request from a user may go ahead. {@link LocalRateLimiter} keeps the buckets in this process;
 * a shared one ({@code dev.moodbot.core.cluster}) keeps them in Redis for every process of one bot. Which one runs is
 * chosen when the bot is wired, never inside a limiter.
 */
public interface RateLimiter {

    /** Takes one token from {@code user}'s bucket, or says how long until one is available. */
    RateLimitDecision decide(UserRef user);

    /** The one bucket shape every limiter uses: {@code burst} at once, then {@code refill} per {@code period}. */
    static Bandwidth bandwidth(RateLimitConfig config) {
        return Bandwidth.builder()
                .capacity(config.burst())
                .refillGreedy(config.refill(), config.period())
                .build();
    }
}
