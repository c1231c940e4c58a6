package dev.moodbot.core.inference;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Recent predictions in front of the batchers, keyed by model and normalised text: the same message posted again
 * within the window (a pasted line going round a server, "lol", a bot echoing) is answered without the model.
 * Bounded by size, expiring a fixed time after the prediction was made, on the injected ticker. It keeps the
 * in-flight future, so identical messages that arrive together share one model call; a failed prediction is not
 * kept (Caffeine drops futures that complete exceptionally).
 */
public final class ResultCache {
    private record Key(String model, String text) {}

    private final AsyncCache<Key, Prediction> cache;

    /** @param maximumSize 0 keeps nothing: every request goes to its batcher */
    public ResultCache(long maximumSize, Duration window, Ticker ticker) {
        this.cache = maximumSize == 0 ? null : Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(window)
                .ticker(ticker)
                // Bookkeeping runs on the calling or completing thread; nothing goes to the common pool.
                .executor(Runnable::run)
                .recordStats()
                .buildAsync();
    }

    /**
     * The kept prediction for {@code text} on {@code batcher}'s model, else a new one from the batcher; empty when
     * the batcher's queue is full. Each caller gets its own copy of the future, so cancelling it touches no other.
     */
    public Optional<CompletableFuture<Prediction>> submit(InferenceBatcher batcher, String text) {
        if (cache == null) {
            return batcher.submit(text);
        }
        Key key = new Key(batcher.model().info().id(), text);
        CompletableFuture<Prediction> kept = cache.getIfPresent(key);
        // A failed future leaves the cache only after its callers have seen it fail; never hand it out again.
        if (kept != null && !kept.isCompletedExceptionally()) {
            return Optional.of(kept.copy());
        }
        return batcher.submit(text).map(future -> {
            // Copy first: a future runs its last-registered callbacks first, so the cache's own bookkeeping (the
            // entry's write time) is done before this caller hears of the result.
            CompletableFuture<Prediction> mine = future.copy();
            cache.put(key, future);
            return mine;
        });
    }

    /** Hits and misses so far; all zero when the cache is off. */
    public CacheStats stats() {
        return cache == null ? CacheStats.empty() : cache.synchronous().stats();
    }
}
