package dev.moodbot.core.config;

import java.util.Objects;

/** A token or password: it never shows itself in logs, exceptions or {@code toString}. */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        return new Secret(value.strip());
    }

    /** The raw value, for the one place that sends it to its platform. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Secret[****]";
    }
}
