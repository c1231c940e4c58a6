package dev.moodbot.core;

import java.util.Objects;

/**
 * Who asked: a platform name chosen by the adapter ("discord", "slack", "console") and that platform's user id. Core
 * never interprets either; they only key the rate limiter and vary the track picks.
 */
public record UserRef(String platform, String id) {
    public UserRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return platform + ":" + id;
    }
}
