package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Mood;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped hybrid head ({@code models/builtin/minilm-q-hybrid-emotion}: MiniLM through real ONNX Runtime plus its
 * TF-IDF n-gram layer, calibrated), loaded from the classpath as {@code builtin:} and scoring real sentences.
 */
class HybridModelTest {
    private static EmotionModel model;

    @BeforeAll
    static void load() {
        model = TextModelLoader.load("builtin:minilm-q-hybrid-emotion", Fixtures.config(100), Fixtures.cacheRoot());
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void predict_realSentences_joyAndSadness() {
        List<Prediction> p = model.predict(List.of("I just got the job, I'm so happy!", "My dog died this morning"));

        assertEquals(Mood.JOY, p.get(0).moods().top(), p.get(0).moods().toString());
        assertEquals(Mood.SADNESS, p.get(1).moods().top(), p.get(1).moods().toString());
        for (Prediction prediction : p) {
            assertEquals(1.0, prediction.moods().asMap().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        }
    }

    @Test
    void info_calibratedOnDev_carriesItsTemperature() {
        assertEquals("minilm-q-hybrid-emotion", model.info().id());
        // The summed encoder and n-gram logits are overconfident; the fitted temperature softens them.
        assertNotEquals(1.0, model.info().temperature());
        assertTrue(model.info().temperature() > 1 && model.info().temperature() < 20, "T " + model.info().temperature());
    }
}
