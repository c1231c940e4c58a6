package dev.moodbot.app.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock, which the bench can move forward between runs so that the result cache's window has passed
 * and every run starts with a cold cache, while one bot (and one process) serves all of them.
 */
public final class BenchClock implements Ticker {
    private final AtomicLong offset = new AtomicLong();

    @Override
    public long read() {
        return System.nanoTime() + offset.get();
    }

    public void skip(Duration duration) {
        offset.addAndGet(duration.toNanos());
    }
}
