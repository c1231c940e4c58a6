package dev.moodbot.core.cluster;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.config.RateLimitConfig;
import dev.moodbot.core.ratelimit.LocalRateLimiter;
import dev.moodbot.core.ratelimit.RateLimiter;
import java.time.Duration;

/** The state of a bot that is one process: nothing to connect, nothing to close. */
record LocalState(Ticker ticker) implements ClusterState {

    @Override
    public RateLimiter rateLimiter(RateLimitConfig config, Ticker limiterTicker) {
        return new LocalRateLimiter(config, limiterTicker);
    }

    @Override
    public EventClaims eventClaims(Duration rememberFor) {
        return new LocalEventClaims(rememberFor, ticker);
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public boolean degraded() {
        return false;
    }

    @Override
    public void close() {}
}
