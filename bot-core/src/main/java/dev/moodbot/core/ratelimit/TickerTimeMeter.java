package dev.moodbot.core.ratelimit;

import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.TimeMeter;

/** Lets Bucket4j read the same clock as the Caffeine cache, so a test's fake ticker drives both. */
record TickerTimeMeter(Ticker ticker) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        return ticker.read();
    }

    /** A ticker counts from an arbitrary origin, like {@code System.nanoTime()}. */
    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
