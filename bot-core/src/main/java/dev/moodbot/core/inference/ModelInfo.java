package dev.moodbot.core.inference;

import dev.moodbot.core.mood.Language;
import java.util.Objects;
import java.util.Set;

/**
 * What a loaded model says about itself.
 *
 * @param id the name shown in reports, e.g. {@code minilm-emotion} or the folder name
 * @param maxTokens how many tokens (characters, for a character model) of a text it reads; longer texts are cut
 *     and flagged
 * @param languages the languages its manifest says it reads; empty when it does not say. A main model that names
 *     Korean reads Korean itself, and routing to a separate Korean model is skipped
 */
public record ModelInfo(String id, int maxTokens, Set<Language> languages) {
    public ModelInfo {
        Objects.requireNonNull(id, "id");
        languages = Set.copyOf(languages);
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1: " + maxTokens);
        }
    }

    /** A model that does not say which languages it reads. */
    public ModelInfo(String id, int maxTokens) {
        this(id, maxTokens, Set.of());
    }

    public boolean reads(Language language) {
        return languages.contains(language);
    }
}
