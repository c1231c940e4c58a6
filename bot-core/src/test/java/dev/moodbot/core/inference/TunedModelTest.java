package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped fine-tuned classifier ({@code models/builtin/minilm-q-tuned-emotion}), unpacked from the classpath
 * next to the int8 encoder file its word table lives in, and run by real ONNX Runtime on real sentences.
 */
class TunedModelTest {
    private static EmotionModel model;

    @BeforeAll
    static void load() {
        model = TextModelLoader.load("builtin:minilm-q-tuned-emotion", Fixtures.config(100), Fixtures.cacheRoot());
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void predict_realSentences_theirMoods() {
        List<Prediction> p = model.predict(List.of("I just got the job, I'm so happy!", "My dog died this morning",
                "Stop lying to me, I am furious", "That spider on my pillow terrifies me"));

        assertEquals(Mood.JOY, p.get(0).moods().top(), p.get(0).moods().toString());
        assertEquals(Mood.SADNESS, p.get(1).moods().top(), p.get(1).moods().toString());
        assertEquals(Mood.ANGER, p.get(2).moods().top(), p.get(2).moods().toString());
        assertEquals(Mood.FEAR, p.get(3).moods().top(), p.get(3).moods().toString());
        for (Prediction prediction : p) {
            assertEquals(1.0, prediction.moods().asMap().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        }
    }

    @Test
    void info_englishAndCalibrated() {
        assertEquals("minilm-q-tuned-emotion", model.info().id());
        assertTrue(model.info().reads(Language.EN) && !model.info().reads(Language.KO));
        assertNotEquals(1.0, model.info().temperature());
    }

    @Test
    void files_unpackedExportWithItsEncoder() {
        ModelRuntimeFiles files = TextModelLoader.files("builtin:minilm-q-tuned-emotion", Fixtures.cacheRoot());

        assertTrue(Files.isRegularFile(files.onnx()) && Files.isRegularFile(files.tokenizer()), files.toString());
        assertTrue(Files.isRegularFile(files.onnx().resolveSibling("all-minilm-l6-v2-q.onnx")), files.toString());
        assertEquals("all-minilm-l6-v2-q", files.encoder().orElseThrow());
    }
}
