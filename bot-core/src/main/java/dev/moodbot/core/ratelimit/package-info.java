/**
 * Per-user request limits: a Bucket4j token bucket for each (platform, user). {@link
 * dev.moodbot.core.ratelimit.RateLimiter#decide} answers with a {@link dev.moodbot.core.ratelimit.RateLimitDecision}
 * value. {@link dev.moodbot.core.ratelimit.LocalRateLimiter} keeps the buckets in a Caffeine cache that forgets idle
 * users; time comes from an injected {@code Ticker}, never from the system clock directly, so tests move time by
 * hand. The Redis-backed limiter shared by several processes lives in {@code dev.moodbot.core.cluster}.
 */
package dev.moodbot.core.ratelimit;
