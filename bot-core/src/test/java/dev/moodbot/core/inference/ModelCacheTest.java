package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Always on a temporary cache root: never the real ~/.cache/moodbot, which other runs use at the same time. */
class ModelCacheTest {
    @TempDir
    Path cache;

    @Test
    void folder_twice_writesOnceAndReusesIt() {
        ModelCache models = new ModelCache(cache, Optional.empty());
        AtomicInteger writes = new AtomicInteger();
        ModelCache.Writer writer = dir -> {
            writes.incrementAndGet();
            Files.writeString(dir.resolve("model.onnx"), "weights");
        };

        Path first = models.folder("enc", "k1", writer);
        Path second = models.folder("enc", "k1", writer);

        assertEquals(first, second);
        assertEquals(1, writes.get());
        assertEquals(cache.resolve("models/enc/k1"), first);
    }

    @Test
    void folder_newKey_removesOlderVersionsAndLegacyFolders() throws IOException {
        ModelCache models = new ModelCache(cache, Optional.empty());
        models.folder("enc", "old", dir -> Files.writeString(dir.resolve("model.onnx"), "v1"));
        Path legacy = Files.createDirectories(cache.resolve("minilm-q-tuned-emotion-" + "ab".repeat(16)));
        Path legacyEncoder = Files.createDirectories(cache.resolve("cd".repeat(16)));
        Path legacySpeech = Files.createDirectories(cache.resolve("vosk-model-en-us-8299698e-4447-4ce1-be96-cccda9168067"));
        Path unrelated = Files.createDirectories(cache.resolve("notes"));

        Path current = models.folder("enc", "new", dir -> Files.writeString(dir.resolve("model.onnx"), "v2"));

        try (var versions = Files.list(cache.resolve("models/enc"))) {
            assertEquals(List.of(current), versions.toList());
        }
        assertFalse(Files.exists(legacy));
        assertFalse(Files.exists(legacyEncoder));
        assertFalse(Files.exists(legacySpeech));
        assertTrue(Files.exists(unrelated), "only moodbot's own folder names are removed");
    }

    @Test
    void folder_writerFails_leavesNoHalfWrittenFolder() {
        ModelCache models = new ModelCache(cache, Optional.empty());

        ModelLoadException e = org.junit.jupiter.api.Assertions.assertThrows(ModelLoadException.class,
                () -> models.folder("enc", "k", dir -> {
                    Files.writeString(dir.resolve("model.onnx"), "half");
                    throw new IOException("disk full");
                }));

        assertTrue(e.getMessage().contains("disk full") && e.getMessage().contains("enc"), e.getMessage());
        try (var left = Files.list(cache.resolve("models/enc"))) {
            assertEquals(0, left.count());
        } catch (IOException io) {
            throw new AssertionError(io);
        }
    }

    @Test
    void folder_presentInPrebuiltModelsDir_usedWithoutWritingAnything(@TempDir Path dist) throws IOException {
        Path ready = Files.createDirectories(dist.resolve("enc/k1"));
        ModelCache models = new ModelCache(cache, Optional.of(dist));

        Path folder = models.folder("enc", "k1", dir -> {
            throw new AssertionError("nothing is unpacked when the distribution has the folder");
        });

        assertEquals(ready, folder);
        try (var written = Files.list(cache)) {
            assertEquals(0, written.count());
        }
    }

    @Test
    void key_jarEntries_changesWithContentAndNeedsNoCopy() {
        URL onnx = getClass().getResource("/all-minilm-l6-v2-q.onnx");
        URL tokenizer = getClass().getResource("/all-minilm-l6-v2-q-tokenizer.json");

        String key = ModelCache.key(List.of(onnx, tokenizer));

        assertEquals("jar", onnx.getProtocol());
        assertEquals(key, ModelCache.key(List.of(onnx, tokenizer)));
        assertNotEquals(key, ModelCache.key(List.of(tokenizer, onnx)));
        assertTrue(key.matches("[0-9a-f]{16}"), key);
    }
}
