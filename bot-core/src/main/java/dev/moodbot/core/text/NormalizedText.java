package dev.moodbot.core.text;

import dev.moodbot.core.mood.Language;
import java.util.List;
import java.util.Objects;

/**
 * A message with platform markup, links and code removed, ready for a model.
 *
 * @param text what the model reads; empty when nothing readable was left
 * @param shown the same words as the writer wrote them (emoji as emoji), for showing back to them
 * @param language the dominant script's language
 * @param hangulShare the share of letters that are Hangul, 0 to 1, for routing mixed messages
 * @param truncated the message was longer than moodbot reads and was cut
 * @param quoting whether quoted lines were left out, or were all there was to read
 * @param sentences the message's sentences, each read on its own, when it has more than one; else empty
 */
public record NormalizedText(String text, String shown, Language language, double hangulShare, boolean truncated,
        Quoting quoting, List<NormalizedText> sentences) {

    /** What became of quoted lines ({@code > …}): someone else's words, not the writer's. */
    public enum Quoting {
        /** The message quotes nothing. */
        NONE,
        /** The writer's own words were read; the quoted lines were left out. */
        LEFT_OUT,
        /** The message is only a quote, so the quote was read. */
        ONLY_QUOTED
    }

    public NormalizedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(quoting, "quoting");
        sentences = List.copyOf(sentences);
    }

    NormalizedText withSentences(List<NormalizedText> newSentences) {
        return new NormalizedText(text, shown, language, hangulShare, truncated, quoting, newSentences);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
