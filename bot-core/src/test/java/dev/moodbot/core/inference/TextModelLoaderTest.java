package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextModelLoaderTest {
    @TempDir
    Path temp;

    private static ModelLoadException loadFails(String spec) {
        return assertThrows(ModelLoadException.class, () -> TextModelLoader.load(spec, Fixtures.config(10)).close());
    }

    @Test
    void load_missingFolder_namesFolder() {
        ModelLoadException e = loadFails(temp.resolve("nowhere").toString());

        assertTrue(e.getMessage().contains("nowhere") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void load_folderWithoutTokenizer_namesMissingFile() throws IOException {
        Path folder = Fixtures.copyOfTinyModel(temp);
        Files.delete(folder.resolve("tokenizer.json"));

        ModelLoadException e = loadFails(folder.toString());

        assertTrue(e.getMessage().contains("[tokenizer.json]"), e.getMessage());
    }

    @Test
    void load_unmappedLabel_namesLabel() throws IOException {
        Path folder = Fixtures.copyOfTinyModel(temp);
        rewriteLabels(folder, "LABEL_0", "LABEL_1", "LABEL_2", "LABEL_3", "LABEL_4");

        ModelLoadException e = loadFails(folder.toString());

        assertTrue(e.getMessage().contains("'LABEL_0'"), e.getMessage());
    }

    @Test
    void load_unmappedLabelsWithOverride_loadsAndPredicts() throws IOException {
        Path folder = Fixtures.copyOfTinyModel(temp);
        rewriteLabels(folder, "LABEL_0", "LABEL_1", "LABEL_2", "LABEL_3", "LABEL_4");
        Files.writeString(folder.resolve("moodbot-model.yaml"), """
                labels:
                  LABEL_0: anger
                  LABEL_1: sadness
                  LABEL_2: {mood: neutral, stars: 3}
                  LABEL_3: ignore
                  LABEL_4: joy
                maxTokens: 16
                """);

        try (EmotionModel model = TextModelLoader.load(folder.toString(), Fixtures.config(10))) {
            Prediction p = model.predict(List.of("good day")).getFirst();

            assertTrue(p.stars().isPresent());
            assertTrue(model.info().maxTokens() == 16);
        }
    }

    @Test
    void load_overrideWithUnknownMood_namesKeyAndValue() throws IOException {
        Path folder = Fixtures.copyOfTinyModel(temp);
        Files.writeString(folder.resolve("moodbot-model.yaml"), "labels:\n  1 star: furious\n");

        ModelLoadException e = loadFails(folder.toString());

        assertTrue(e.getMessage().contains("labels.1 star") && e.getMessage().contains("furious"), e.getMessage());
    }

    @Test
    void load_unknownBuiltin_namesIt() {
        ModelLoadException e = loadFails("builtin:no-such-model");

        assertTrue(e.getMessage().contains("'no-such-model'"), e.getMessage());
    }

    @Test
    void load_configWithoutId2label_saysSo() throws IOException {
        Path folder = Fixtures.copyOfTinyModel(temp);
        Files.writeString(folder.resolve("config.json"), "{\"model_type\": \"bert\"}");

        ModelLoadException e = loadFails(folder.toString());

        assertTrue(e.getMessage().contains("id2label"), e.getMessage());
    }

    private static void rewriteLabels(Path folder, String... labels) throws IOException {
        StringBuilder id2label = new StringBuilder("{");
        for (int i = 0; i < labels.length; i++) {
            id2label.append(i == 0 ? "" : ",").append('"').append(i).append("\":\"").append(labels[i]).append('"');
        }
        Files.writeString(folder.resolve("config.json"),
                "{\"max_position_embeddings\": 64, \"id2label\": " + id2label + "}}");
    }
}
