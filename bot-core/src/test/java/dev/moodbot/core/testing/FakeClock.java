package dev.moodbot.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/** Wall-clock time that moves only when a test says so, for history's timestamps and retention. */
public final class FakeClock implements InstantSource {
    private final AtomicReference<Instant> now;

    public FakeClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    public FakeClock advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
        return this;
    }
}
