package dev.moodbot.core.cluster;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.config.ClusterConfig;
import dev.moodbot.core.config.RateLimitConfig;
import dev.moodbot.core.ratelimit.RateLimiter;
import java.time.Duration;

/**
 * Where the state lives that every process of one bot must agree on. Built once at start-up from {@code cluster:}
 * and closed after the bot and the platforms.
 */
public sealed interface ClusterState extends AutoCloseable permits LocalState, RedisState {

    /** Everything in this process: one process is the whole bot. */
    static ClusterState local() {
        return new LocalState(Ticker.systemTicker());
    }

    /**
     * In Redis when {@code cluster.redis} names one, else {@link #local()}.
     *
     * @throws dev.moodbot.core.config.ConfigException naming {@code cluster.redis} (without its password) when
     *     Redis cannot be reached at start-up
     */
    static ClusterState of(ClusterConfig config) {
        return config.redisUrl().<ClusterState>map(url -> RedisState.connect(config, Ticker.systemTicker()))
                .orElseGet(ClusterState::local);
    }

    /** A per-user limiter of this shape: shared by all processes when the state is. */
    RateLimiter rateLimiter(RateLimitConfig config, Ticker ticker);

    /** Claims of event keys, each remembered for {@code rememberFor}. */
    EventClaims eventClaims(Duration rememberFor);

    /**
     * Whether the state is shared with other processes right now: never in this process alone; in Redis, unless the
     * last call to Redis failed.
     */
    boolean shared();

    /**
     * Whether the bot is set to share its state but this process runs on its own right now: Redis unreachable. Never
     * in this process alone, which is how it is meant to run.
     */
    boolean degraded();

    @Override
    void close();
}
