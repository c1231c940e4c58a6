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
 * @param temperature the calibration temperature its logits are divided by (1 = uncalibrated)
 */
public record ModelInfo(String id, int maxTokens, Set<Language> languages, double temperature) {
    public ModelInfo {
        Objects.requireNonNull(id, "id");
        languages = Set.copyOf(languages);
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1: " + maxTokens);
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0: " + temperature);
        }
    }

    /** An uncalibrated model that does not say which languages it reads. */
    public ModelInfo(String id, int maxTokens) {
        this(id, maxTokens, Set.of(), 1.0);
    }

    /** An uncalibrated model. */
    public ModelInfo(String id, int maxTokens, Set<Language> languages) {
        this(id, maxTokens, languages, 1.0);
    }

    public boolean reads(Language language) {
        return languages.contains(language);
    }
}
