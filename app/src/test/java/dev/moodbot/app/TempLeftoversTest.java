package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempLeftoversTest {
    @TempDir
    Path tmp;

    @Test
    void remove_ortFoldersOfThisRun_removedOthersKept() throws IOException {
        Instant started = Instant.now().minusSeconds(60);
        Path empty = Files.createDirectory(tmp.resolve("onnxruntime-java123"));
        Path withProvider = Files.createDirectory(tmp.resolve("onnxruntime-java456"));
        Files.writeString(withProvider.resolve("libonnxruntime_providers_shared.so"), "elf");
        Path foreign = Files.createDirectory(tmp.resolve("onnxruntime-java789"));
        Files.writeString(foreign.resolve("notes.txt"), "someone else's");
        Path unrelated = Files.createDirectory(tmp.resolve("other-app"));

        new TempLeftovers(tmp, started).remove();

        assertFalse(Files.exists(empty));
        assertFalse(Files.exists(withProvider));
        assertTrue(Files.exists(foreign), "a folder holding anything but ONNX Runtime's libraries stays");
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void remove_folderFromBeforeThisProcess_kept() throws IOException {
        Path earlier = Files.createDirectory(tmp.resolve("onnxruntime-java1"));

        new TempLeftovers(tmp, Instant.now().plusSeconds(3600)).remove();

        assertTrue(Files.exists(earlier), "another process's folder, made before this one started, stays");
    }
}
