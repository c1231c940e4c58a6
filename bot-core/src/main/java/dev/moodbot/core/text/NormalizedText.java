package dev.moodbot.core.text;

import dev.moodbot.core.mood.Language;
import java.util.Objects;

/**
 * A message with platform markup, links and code removed, ready for a model.
 *
 * @param text what the model reads; empty when nothing readable was left
 * @param language the dominant script's language
 * @param hangulShare the share of letters that are Hangul, 0 to 1, for routing mixed messages
 * @param truncated the message was longer than moodbot reads and was cut
 */
public record NormalizedText(String text, Language language, double hangulShare, boolean truncated) {
    public NormalizedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
