package dev.moodbot.core.config;

/**
 * Which models read the messages.
 *
 * @param text the text model: {@code builtin:NAME} for one that ships inside moodbot, or a folder holding an ONNX
 *     export ({@code model.onnx}, {@code tokenizer.json}, {@code config.json})
 * @param korean the model for Korean text ({@code builtin:NAME}, a folder, or {@code none} to send Korean to
 *     {@code text}); the default is the shipped {@code builtin:korean-ngram}. Ignored when {@code text} is a model
 *     whose manifest says it reads Korean (a multilingual model the user installed)
 * @param audio a folder with an audio emotion model, or {@code none}
 * @param unclearBelow a top mood less likely than this is reported as unclear rather than asserted
 */
public record ModelConfig(String text, String korean, String audio, double unclearBelow) {
    public static final String NONE = "none";
    /**
     * all-MiniLM-L6-v2 fine-tuned on GoEmotions train and run on the int8 graph of its Maven jar, calibrated on dev
     * (see models/builtin/minilm-q-tuned-emotion): GoEmotions-Ekman test macro-F1 0.645 against 0.578 for the
     * hybrid head, at the hybrid's cost per message.
     */
    public static final String DEFAULT_TEXT_MODEL = "builtin:minilm-q-tuned-emotion";
    /** Chosen on GoEmotions dev with the hybrid heads (see models/builtin/minilm-q-hybrid-emotion/README.md). */
    public static final double DEFAULT_UNCLEAR_BELOW = 0.35;

    public ModelConfig {
        ConfigException.check(text != null && !text.isBlank(), "model.text", text, "must name a model");
        ConfigException.check(korean != null && !korean.isBlank(), "model.korean", korean, "must name a model or 'none'");
        ConfigException.check(audio != null && !audio.isBlank(), "model.audio", audio, "must name a folder or 'none'");
        ConfigException.check(unclearBelow >= 0 && unclearBelow < 1, "model.unclearBelow", unclearBelow,
                "must be within [0, 1)");
    }

    public static ModelConfig defaults() {
        return new ModelConfig(DEFAULT_TEXT_MODEL, "builtin:korean-ngram", NONE, DEFAULT_UNCLEAR_BELOW);
    }
}
