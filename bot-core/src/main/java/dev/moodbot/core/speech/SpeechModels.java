package dev.moodbot.core.speech;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Turns the {@code model.stt} setting into a loaded {@link Transcriber}, or none. */
public final class SpeechModels {
    /** The English model inside moodbot's jar (vosk-model-small-en-us-0.15). */
    public static final String BUILTIN_ENGLISH = "builtin:en-us";
    public static final String NONE = "none";

    private SpeechModels() {}

    /**
     * @param spec {@link #BUILTIN_ENGLISH}, a Vosk model folder, or {@link #NONE}
     * @param cacheRoot where the built-in model is unpacked
     * @throws SpeechModelException when the model cannot be found or loaded
     */
    public static Optional<Transcriber> load(String spec, Path cacheRoot) {
        String value = spec.strip();
        if (value.equals(NONE)) {
            return Optional.empty();
        }
        if (value.equals(BUILTIN_ENGLISH)) {
            return Optional.of(VoskTranscriber.open(EmbeddedSpeechModel.unpack(cacheRoot), EmbeddedSpeechModel.ID));
        }
        if (value.startsWith("builtin:")) {
            throw new SpeechModelException("no built-in speech model '" + value + "'; the built-in one is "
                    + BUILTIN_ENGLISH + " (English). For another language, download a Vosk model and set model.stt"
                    + " to its folder");
        }
        Path folder = Path.of(value);
        if (!Files.isDirectory(folder)) {
            throw new SpeechModelException("speech model folder " + folder.toAbsolutePath() + " does not exist");
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return Optional.of(VoskTranscriber.open(folder, name == null ? value : name.toString()));
    }
}
