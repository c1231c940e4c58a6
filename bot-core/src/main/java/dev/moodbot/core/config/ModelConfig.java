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
 * @param stt the speech recogniser for voice notes: {@code builtin:en-us} (the English Vosk model inside moodbot),
 *     a Vosk model folder (any language), or {@code none}
 * @param audioWeight the share of the audio emotion model's distribution when it is joined with the words' mood
 */
public record ModelConfig(String text, String korean, String audio, double unclearBelow, String stt,
        double audioWeight) {
    public static final String NONE = "none";
    /**
     * all-MiniLM-L6-v2 fine-tuned on GoEmotions train and run on the int8 graph of its Maven jar, calibrated on dev
     * (see models/builtin/minilm-q-tuned-emotion): GoEmotions-Ekman test macro-F1 0.645 against 0.578 for the
     * hybrid head, at the hybrid's cost per message.
     */
    public static final String DEFAULT_TEXT_MODEL = "builtin:minilm-q-tuned-emotion";
    /** Chosen on GoEmotions dev with the hybrid heads (see models/builtin/minilm-q-hybrid-emotion/README.md). */
    public static final double DEFAULT_UNCLEAR_BELOW = 0.35;
    public static final String DEFAULT_STT = "builtin:en-us";
    /**
     * The words lead: a text model reads the sentence, while an MFCC model hears a few seconds of timbre, so the voice
     * gets a little under a third of the say; a user whose audio model is stronger raises it.
     */
    public static final double DEFAULT_AUDIO_WEIGHT = 0.3;

    public ModelConfig {
        ConfigException.check(text != null && !text.isBlank(), "model.text", text, "must name a model");
        ConfigException.check(korean != null && !korean.isBlank(), "model.korean", korean, "must name a model or 'none'");
        ConfigException.check(audio != null && !audio.isBlank(), "model.audio", audio, "must name a folder or 'none'");
        ConfigException.check(unclearBelow >= 0 && unclearBelow < 1, "model.unclearBelow", unclearBelow,
                "must be within [0, 1)");
        ConfigException.check(stt != null && !stt.isBlank(), "model.stt", stt,
                "must name builtin:en-us, a Vosk model folder or 'none'");
        ConfigException.check(audioWeight >= 0 && audioWeight <= 1, "model.audioWeight", audioWeight,
                "must be within [0, 1]");
    }

    /** The same models with another text model. */
    public ModelConfig withText(String newText) {
        return new ModelConfig(newText, korean, audio, unclearBelow, stt, audioWeight);
    }

    public static ModelConfig defaults() {
        return new ModelConfig(DEFAULT_TEXT_MODEL, "builtin:korean-ngram", NONE, DEFAULT_UNCLEAR_BELOW, DEFAULT_STT,
                DEFAULT_AUDIO_WEIGHT);
    }
}
