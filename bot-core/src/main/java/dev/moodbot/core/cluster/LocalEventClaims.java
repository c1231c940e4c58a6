package dev.moodbot.core.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** Claims remembered in this process, bounded so that the keys of a busy workspace cannot pile up. */
final class LocalEventClaims implements EventClaims {
    static final int MAX_REMEMBERED = 10_000;

    private final Cache<String, Boolean> seen;

    LocalEventClaims(Duration rememberFor, Ticker ticker) {
        this.seen = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(rememberFor).ticker(ticker)
                .build();
    }

    @Override
    public synchronized boolean claim(String... keys) {
        boolean allNew = true;
        for (String key : keys) {
            allNew &= seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
        }
        return allNew;
    }
}
