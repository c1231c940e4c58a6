package dev.moodbot.core.inference;

import java.util.Objects;

/**
 * What a loaded model says about itself.
 *
 * @param id the name shown in reports, e.g. {@code minilm-emotion} or the folder name
 * @param maxTokens how many tokens of a text it reads; longer texts are cut and flagged
 */
public record ModelInfo(String id, int maxTokens) {
    public ModelInfo {
        Objects.requireNonNull(id, "id");
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1: " + maxTokens);
        }
    }
}
