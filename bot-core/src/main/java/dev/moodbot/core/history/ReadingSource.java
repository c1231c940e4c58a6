package dev.moodbot.core.history;

import java.util.Locale;
import java.util.Optional;

/** What the mood was read from. */
public enum ReadingSource {
    TEXT,
    VOICE;

    /** The lower-case name stored and exported. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException when {@code key} names no source, in any case */
    static ReadingSource fromKey(String key) {
        return parse(key.toLowerCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException(key));
    }

    /** The source named {@code key}, or empty when it names none. */
    static Optional<ReadingSource> parse(String key) {
        for (ReadingSource source : values()) {
            if (source.key().equals(key)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
