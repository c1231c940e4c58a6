package dev.moodbot.core.audio;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A voice note as a platform hands it over: its bytes and what the platform declared about them.
 *
 * @param bytes the file's content
 * @param filename the declared file name, may be empty
 * @param mimeType the declared MIME type, empty when the platform sent none
 * @param declaredDurationSeconds the platform's own duration, when it gives one (Discord does)
 */
public record VoiceNote(byte[] bytes, String filename, Optional<String> mimeType, OptionalDouble declaredDurationSeconds) {
    public VoiceNote {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(declaredDurationSeconds, "declaredDurationSeconds");
    }

    public static VoiceNote of(byte[] bytes, String filename) {
        return new VoiceNote(bytes, filename, Optional.empty(), OptionalDouble.empty());
    }
}
