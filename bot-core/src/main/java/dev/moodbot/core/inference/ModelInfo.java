package dev.moodbot.core.inference;

import java.util.Objects;

/**
 * What a loaded model says about itself.
 *
 * @param id the name shown in reports, e.g. {@code minilm-emotion} or the folder name
 * @param maxTokens how many tokens of a text it reads; longer texts are cut and flagged
 * @param temperature the calibration temperature its logits are divided by (1 = uncalibrated)
 */
public record ModelInfo(String id, int maxTokens, double temperature) {
    public ModelInfo {
        Objects.requireNonNull(id, "id");
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1: " + maxTokens);
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0: " + temperature);
        }
    }

    /** An uncalibrated model. */
    public ModelInfo(String id, int maxTokens) {
        this(id, maxTokens, 1.0);
    }
}
