package dev.moodbot.core.mood;

import java.util.Locale;
import java.util.Optional;

/** The seven moods every model's labels are mapped onto: Ekman's six plus neutral. */
public enum Mood {
    JOY("😄", 5),
    SURPRISE("😮", 4),
    NEUTRAL("😐", 3),
    FEAR("😨", 2),
    SADNESS("😢", 2),
    DISGUST("🤢", 2),
    ANGER("😠", 1);

    private final String emoji;
    private final int valence;

    Mood(String emoji, int valence) {
        this.emoji = emoji;
        this.valence = valence;
    }

    public String emoji() {
        return emoji;
    }

    /** Where this mood sits on the 1–5 scale when it is the whole distribution. */
    public int valence() {
        return valence;
    }

    /** The lower-case name used in config, JSON and TSV files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mood> fromKey(String key) {
        for (Mood mood : values()) {
            if (mood.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(mood);
            }
        }
        return Optional.empty();
    }
}
