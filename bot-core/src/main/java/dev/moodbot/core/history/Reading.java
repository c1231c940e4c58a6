package dev.moodbot.core.history;

import dev.moodbot.core.mood.Mood;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored mood reading: what the history keeps of an answered message, and nothing of its text.
 *
 * @param confidence the probability of {@code mood}
 * @param score the 1–5 score
 */
public record Reading(Instant time, String platform, Mood mood, double confidence, double score,
        ReadingSource source) {
    public Reading {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(source, "source");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be within 1..5: " + score);
        }
    }
}
