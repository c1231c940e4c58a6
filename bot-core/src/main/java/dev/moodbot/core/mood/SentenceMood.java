package dev.moodbot.core.mood;

import java.util.Objects;

/**
 * How one sentence of a message reads on its own, for a message whose sentences feel different.
 *
 * @param text the sentence as the writer wrote it, markup removed
 * @param mood the sentence's likeliest mood
 * @param confidence the probability of {@code mood}
 */
public record SentenceMood(String text, Mood mood, double confidence) {
    public SentenceMood {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mood, "mood");
    }
}
