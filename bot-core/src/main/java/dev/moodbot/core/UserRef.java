package dev.moodbot.core;

import java.util.Objects;

/**
 * Who asked: a platform name chosen by the adapter ("discord", "slack", "console") and that platform's user id. Core
 * never interprets either; they only key the rate limiter and vary the track picks.
 */
public record UserRef(String platform, String id) {
    /** The console's one user, written {@code console}. */
    public static final UserRef CONSOLE = new UserRef("console", "");

    public UserRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
    }

    /**
     * Reads {@code PLATFORM:ID} as written by {@link #toString()} ({@code discord:123}, {@code slack:T1:U2}, or
     * {@code console}).
     *
     * @throws IllegalArgumentException naming the text when it has no platform or no id
     */
    public static UserRef parse(String text) {
        String given = text.strip();
        if (given.equals(CONSOLE.platform())) {
            return CONSOLE;
        }
        int colon = given.indexOf(':');
        if (colon <= 0 || colon == given.length() - 1) {
            throw new IllegalArgumentException("not a user id of the form PLATFORM:ID (or console): " + text);
        }
        return new UserRef(given.substring(0, colon), given.substring(colon + 1));
    }

    @Override
    public String toString() {
        return id.isEmpty() ? platform : platform + ":" + id;
    }
}
