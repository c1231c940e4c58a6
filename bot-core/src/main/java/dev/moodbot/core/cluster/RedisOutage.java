package dev.moodbot.core.cluster;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs calls on Redis and notices when Redis is gone. The first failure is logged once, and for {@link #retryEvery}
 * after each failure calls skip Redis altogether, so an unreachable host costs one command timeout a second rather
 * than one per message. The first call that works again is logged once too.
 */
final class RedisOutage {
    private static final Logger log = LoggerFactory.getLogger(RedisOutage.class);

    private final String where;
    private final Duration retryEvery;
    private final Ticker ticker;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong retryAt = new AtomicLong();

    /** @param where the Redis URL without its password, for the log */
    RedisOutage(String where, Duration retryEvery, Ticker ticker) {
        this.where = where;
        this.retryEvery = retryEvery;
        this.ticker = ticker;
    }

    /** The call's result, or empty when Redis failed it or is being skipped; the caller then uses local state. */
    <T> Optional<T> attempt(Supplier<T> call) {
        if (down.get() && ticker.read() - retryAt.get() < 0) {
            return Optional.empty();
        }
        try {
            T result = call.get();
            if (down.compareAndSet(true, false)) {
                log.info("Redis at {} is back: rate limits and event de-duplication are shared again", where);
            }
            return Optional.of(result);
        } catch (RuntimeException e) {
            retryAt.set(ticker.read() + retryEvery.toNanos());
            if (down.compareAndSet(false, true)) {
                log.warn("Redis at {} cannot be reached ({}): until it is back, rate limits and event "
                        + "de-duplication are per process", where, e.toString());
            }
            return Optional.empty();
        }
    }

    /** Whether the last call failed: for tests and the health of the shared state. */
    boolean isDown() {
        return down.get();
    }
}
