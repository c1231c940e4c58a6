package dev.moodbot.core.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared test audio, found through the {@code moodbot.sharedData} property the build sets. */
public final class SharedAudio {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedAudio() {}

    public static Path dir(String name) {
        String root = System.getProperty("moodbot.sharedData");
        if (root == null) {
            throw new IllegalStateException("system property moodbot.sharedData is not set (run through Maven)");
        }
        return Path.of(root, "audio", name);
    }

    public static Path voiceNote(String file) {
        return dir("voice-notes").resolve(file);
    }

    public static VoiceNote note(String file) {
        try {
            return VoiceNote.of(Files.readAllBytes(voiceNote(file)), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of {@code voice-notes/manifest.json}. */
    public static List<JsonNode> manifest() {
        try {
            List<JsonNode> files = new ArrayList<>();
            JSON.readTree(dir("voice-notes").resolve("manifest.json").toFile()).get("files").forEach(files::add);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
