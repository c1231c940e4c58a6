package dev.moodbot.core.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.mood.Mood;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioEmotionModelTest {
    static final Path TINY = Path.of(System.getProperty("moodbot.root"), "models", "fixtures", "tiny-audio-cnn-bilstm");

    @Test
    void predict_scriptProbe_matchesPyTorchLogits() {
        JsonNode expected = SharedAudio.json(TINY.resolve("expected-logits.json")).get("logits");
        double[][] probe = new double[13][100];
        for (int i = 0; i < 1300; i++) {
            probe[i / 100][i % 100] = -300 + 400.0 * i / 1299; // torch.linspace(-300, 100, 1300).reshape(1, 13, 100)
        }
        float[] logits = new float[expected.size()];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) expected.get(i).asDouble();
        }
        try (AudioEmotionModel model = AudioEmotionModel.load(TINY)) {
            float[] probabilities = model.predict(new MfccFrames(probe));
            assertArrayEquals(MfccTranslator.softmax(logits), probabilities, 1e-4f);
        }
    }

    @Test
    void read_tinyManifest_givesSeedShapeAndLabels() {
        AudioModelManifest manifest = AudioModelManifest.read(TINY);
        assertEquals(22_050, manifest.sampleRate());
        assertEquals(13, manifest.nMfcc());
        assertEquals(100, manifest.frames());
        assertEquals(PaddingMode.ZERO, manifest.padding());
        assertEquals(InputLayout.COEFFICIENTS_FIRST, manifest.layout());
        assertEquals(List.of(Mood.ANGER, Mood.SADNESS, Mood.DISGUST, Mood.JOY, Mood.FEAR, Mood.SURPRISE),
                manifest.labels());
    }

    @Test
    void read_baselinesAndReflect_parsedAndNearestPicked(@TempDir Path dir) throws IOException {
        Files.copy(TINY.resolve("model.onnx"), dir.resolve("model.onnx"));
        String male = "[" + "-200, ".repeat(12) + "-200]";
        String female = "[" + "-400, ".repeat(12) + "-400]";
        Files.writeString(dir.resolve(AudioModelManifest.FILE), """
                sampleRate: 16000
                padding: reflect
                layout: [1, 13, 100]
                labels: [neutral, calm, happy, sad, angry, fearful]
                baselines: {male: %s, female: %s}
                """.formatted(male, female));
        AudioModelManifest manifest = AudioModelManifest.read(dir);
        assertEquals(PaddingMode.REFLECT, manifest.padding());
        assertEquals(Mood.NEUTRAL, manifest.labels().get(1), "calm reads as neutral");
        double[] mean = new double[13];
        java.util.Arrays.fill(mean, -350);
        assertEquals(-400, BaselineDelta.pick(mean, manifest.baselines(), "nearest")[0]);
        assertEquals(-200, BaselineDelta.pick(mean, manifest.baselines(), "male")[0]);
        MfccFrames delta = BaselineDelta.apply(new MfccFrames(new double[13][50]), manifest);
        assertEquals(100, delta.frames());
        assertEquals(200, delta.coefficients()[0][99], "zero-padded frames minus the nearest (male) baseline");
        try (AudioEmotionModel model = AudioEmotionModel.load(dir)) {
            assertEquals(16_000, model.sampleRate());
        }
    }

    @Test
    void load_unknownLabel_failsNamingIt(@TempDir Path dir) throws IOException {
        Files.copy(TINY.resolve("model.onnx"), dir.resolve("model.onnx"));
        Files.writeString(dir.resolve(AudioModelManifest.FILE), "labels: [ANGRY, SAD, BORED, HAPPY, FEAR, SURPRISE]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> AudioEmotionModel.load(dir));
        assertTrue(e.getMessage().contains("labels") && e.getMessage().contains("BORED"), e.getMessage());
    }

    @Test
    void load_labelCountNotModelOutputs_fails(@TempDir Path dir) throws IOException {
        Files.copy(TINY.resolve("model.onnx"), dir.resolve("model.onnx"));
        Files.writeString(dir.resolve(AudioModelManifest.FILE), "labels: [ANGRY, SAD, HAPPY]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> AudioEmotionModel.load(dir));
        assertTrue(e.getMessage().contains("6 outputs"), e.getMessage());
    }

    @Test
    void flatten_framesFirst_transposes() {
        double[][] m = {{1, 2, 3}, {4, 5, 6}};
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, InputLayout.COEFFICIENTS_FIRST.flatten(m));
        assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, InputLayout.FRAMES_FIRST.flatten(m));
        assertEquals(InputLayout.FRAMES_FIRST, InputLayout.of(List.of(1, 3, 2), 2, 3));
    }
}
