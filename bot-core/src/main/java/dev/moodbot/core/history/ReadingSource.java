package dev.moodbot.core.history;

import java.util.Locale;

/** What the mood was read from. */
public enum ReadingSource {
    TEXT,
    VOICE;

    /** The lower-case name stored and exported. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ReadingSource fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** The source named {@code key}, or empty when it names none. */
    static java.util.Optional<ReadingSource> parse(String key) {
        for (ReadingSource source : values()) {
            if (source.key().equals(key)) {
                return java.util.Optional.of(source);
            }
        }
        return java.util.Optional.empty();
    }
}
