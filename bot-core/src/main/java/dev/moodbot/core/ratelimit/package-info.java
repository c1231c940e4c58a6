/**
 * Per-user request limits: a Bucket4j token bucket for each (platform, user), kept in a Caffeine cache that forgets
 * idle users. {@link dev.moodbot.core.ratelimit.RateLimiter#decide} answers with a
 * {@link dev.moodbot.core.ratelimit.RateLimitDecision} value; time comes from an injected {@code Ticker}, never from
 * the system clock directly, so tests move time by hand.
 */
package dev.moodbot.core.ratelimit;
