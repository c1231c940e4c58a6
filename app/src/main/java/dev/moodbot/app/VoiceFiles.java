package dev.moodbot.app;

import dev.moodbot.core.audio.VoiceNote;
import dev.moodbot.core.config.VoiceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a voice note from disk for the console and {@code analyze --voice}, refusing an over-size file unread. */
final class VoiceFiles {
    private final VoiceConfig limits;

    VoiceFiles(VoiceConfig limits) {
        this.limits = limits;
    }

    Optional<VoiceNote> read(String pathText) {
        if (pathText.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(pathText);
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > limits.maxBytes()) {
                return Optional.empty();
            }
            return Optional.of(VoiceNote.of(Files.readAllBytes(path), path.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Why {@link #read} gave nothing, in words for the user. */
    String whyNot(String pathText) {
        if (pathText.isBlank()) {
            return "Usage: /voice <path to a voice note>";
        }
        Path path = Path.of(pathText);
        try {
            if (!Files.isRegularFile(path)) {
                return "📁 No such file: " + pathText;
            }
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                return String.format(java.util.Locale.ROOT, "📦 That file is %.1f MB; the limit is %.1f MB.",
                        size / 1048576.0, limits.maxBytes() / 1048576.0);
            }
            return "📁 Cannot read " + pathText;
        } catch (IOException e) {
            return "📁 Cannot read " + pathText + ": " + e.getMessage();
        }
    }
}
