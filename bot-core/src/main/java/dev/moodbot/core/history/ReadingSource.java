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
}
