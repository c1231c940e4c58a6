package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedExportFilesTest {
    private static final ModelFiles SHIPPED = ModelFiles.classpath("/moodbot/models/minilm-q-tuned-emotion");

    @TempDir
    Path cache;

    @Test
    void unpack_twice_sameFolderWithEverythingInIt() throws IOException {
        EmbeddedExportFiles.BaseEncoder base = EmbeddedExportFiles.manifest("tuned", SHIPPED);

        Path first = EmbeddedExportFiles.unpack("tuned", SHIPPED, base, cache);
        Path second = EmbeddedExportFiles.unpack("tuned", SHIPPED, base, cache);

        assertEquals(first, second);
        for (String file : new String[] {"model.onnx", "tokenizer.json", "config.json", "moodbot-model.yaml",
                "all-minilm-l6-v2-q.onnx"}) {
            assertTrue(Files.isRegularFile(first.resolve(file)), file);
        }
        try (var leftovers = Files.list(cache)) {
            assertTrue(leftovers.noneMatch(p -> p.toString().endsWith(".part")), "no temporary files left");
        }
    }

    @Test
    void unpack_exportOfAnotherEncoderVersion_refusesAndSaysWhy() {
        EmbeddedExportFiles.BaseEncoder shipped = EmbeddedExportFiles.manifest("tuned", SHIPPED);
        var other = new EmbeddedExportFiles.BaseEncoder(shipped.encoder(), shipped.file(), "0".repeat(64));

        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> EmbeddedExportFiles.unpack("tuned", SHIPPED, other, cache));

        assertTrue(e.getMessage().contains("another version") && e.getMessage().contains("export_finetuned.py"),
                e.getMessage());
    }

    @Test
    void manifest_malformed_namesWhatItNeeds(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(EmbeddedExportFiles.MANIFEST), "{\"encoder\": \"x\", \"file\": \"../x\"}");

        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> EmbeddedExportFiles.manifest("broken", ModelFiles.folder(folder)));

        assertTrue(e.getMessage().contains("sha256") && e.getMessage().contains("broken"), e.getMessage());
    }
}
