package dev.moodbot.core.history;

import dev.moodbot.core.mood.Mood;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's "wrong mood?" pick: the mood moodbot gave and the one they say is right.
 *
 * @param text the message that was read, only when its writer had history on; else empty
 */
public record Correction(Instant time, String platform, Mood given, Mood picked, ReadingSource source,
        Optional<String> text) {
    public Correction {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(picked, "picked");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
