package dev.moodbot.core.ngram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.core.inference.ModelLoadException;
import dev.moodbot.core.inference.Prediction;
import dev.moodbot.core.inference.TextModelLoader;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped Korean model through the loader, on real sentences, and the folder format around it. */
class NgramModelTest {
    private static final InferenceConfig CONFIG = InferenceConfig.defaults();

    @TempDir
    Path temp;

    @Test
    void load_builtinKoreanNgram_readsKoreanSentences() {
        try (EmotionModel model = TextModelLoader.load("builtin:korean-ngram", CONFIG)) {
            assertEquals("korean-ngram", model.info().id());
            assertTrue(model.info().reads(Language.KO));
            List<Prediction> p = model.predict(List.of("오늘 정말 행복해요", "너무 슬퍼서 눈물이 나요 ㅠㅠ",
                    "진짜 짜증나 미치겠네"));

            assertEquals(Mood.JOY, p.get(0).moods().top(), p.get(0).moods().toString());
            assertEquals(Mood.SADNESS, p.get(1).moods().top(), p.get(1).moods().toString());
            assertEquals(Mood.ANGER, p.get(2).moods().top(), p.get(2).moods().toString());
            assertTrue(p.get(0).score() > 3.5 && p.get(2).score() < 2.5, p.get(0).score() + " " + p.get(2).score());
        }
    }

    @Test
    void predict_longText_cutAndFlagged() {
        try (EmotionModel model = TextModelLoader.load("builtin:korean-ngram", CONFIG)) {
            Prediction p = model.predict(List.of("행복해요 ".repeat(1_000))).getFirst();
            assertTrue(p.truncated());
            assertTrue(!model.predict(List.of("행복해요")).getFirst().truncated());
        }
    }

    @Test
    void write_thenLoadFolder_samePredictions() throws IOException {
        NgramModel model = tinyModel(List.of("joy", "sadness"));
        model.write(temp.resolve("m"));

        NgramModel read = NgramModel.read(temp.resolve("m"));
        assertArrayEquals(model.weights(), read.weights());
        assertArrayEquals(model.bias(), read.bias());
        assertEquals(model.features(), read.features());
        assertEquals(1.5, read.temperature());
        try (EmotionModel loaded = TextModelLoader.load(temp.resolve("m").toString(), CONFIG)) {
            assertEquals("m", loaded.info().id());
            assertEquals(1.5, loaded.info().temperature());
            assertEquals(Mood.JOY, loaded.predict(List.of("좋아")).getFirst().moods().top());
        }
    }

    @Test
    void write_morphemeFeatures_formatTwoReadBack() throws IOException {
        NgramModel tiny = tinyModel(List.of("joy", "sadness"));
        NgramFeatureSpec f = tiny.features();
        NgramModel model = new NgramModel(new NgramFeatureSpec(f.dims(), f.charMin(), f.charMax(), f.jamoMin(),
                f.jamoMax(), f.words(), f.marks(), true), tiny.labels(), tiny.weights(), tiny.bias(), tiny.maxChars(),
                tiny.languages(), tiny.temperature(), Map.of());
        model.write(temp.resolve("m2"));

        assertTrue(Files.readString(temp.resolve("m2").resolve(NgramModel.MANIFEST)).contains("moodbot-ngram-2"));
        assertTrue(NgramModel.read(temp.resolve("m2")).features().morphemes());
        assertTrue(!tiny.features().morphemes());
    }

    @Test
    void read_weightsOfWrongSize_namesBothSizes() throws IOException {
        tinyModel(List.of("joy", "sadness")).write(temp.resolve("m"));
        Files.write(temp.resolve("m").resolve(NgramModel.WEIGHTS), new byte[10]);

        ModelLoadException e = assertThrows(ModelLoadException.class, () -> NgramModel.read(temp.resolve("m")));
        assertTrue(e.getMessage().contains("10 bytes") && e.getMessage().contains("64 features x 2 outputs"),
                e.getMessage());
    }

    @Test
    void load_labelThatIsNoMood_namesIt() throws IOException {
        tinyModel(List.of("joy", "happy-ish")).write(temp.resolve("m"));

        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> TextModelLoader.load(temp.resolve("m").toString(), CONFIG));
        assertTrue(e.getMessage().contains("'happy-ish'"), e.getMessage());
    }

    @Test
    void write_withStarHead_loadedModelGivesTheHeadsMedianStar() throws IOException {
        NgramModel tiny = tinyModel(List.of("joy", "sadness"));
        float[] starWeights = new float[64 * NgramStars.STARS];
        NgramFeatures features = new NgramFeatures(tiny.features());
        java.util.Set<Integer> shared = new java.util.HashSet<>();
        for (int index : features.extract("음").indices()) {
            shared.add(index);
        }
        for (int index : features.extract("좋아").indices()) {
            if (!shared.contains(index)) {
                starWeights[index * NgramStars.STARS + 4] = 8; // 좋아's own features -> five stars
            }
        }
        // Without 좋아's features: 1 star 0.45, 2 stars 0.1, 5 stars 0.45 -> the median is 2.
        float[] bias = {(float) Math.log(0.45), (float) Math.log(0.1), -30, -30, (float) Math.log(0.45)};
        tiny.withStars(new NgramStars(starWeights, bias, 1.0, Map.of("data", "test"))).write(temp.resolve("s"));

        assertTrue(Files.isRegularFile(temp.resolve("s").resolve(NgramStars.WEIGHTS)));
        try (EmotionModel loaded = TextModelLoader.load(temp.resolve("s").toString(), CONFIG)) {
            List<Prediction> p = loaded.predict(List.of("좋아", "음"));
            assertEquals(5.0, p.get(0).stars().orElseThrow());
            assertEquals(2.0, p.get(1).stars().orElseThrow());
            assertEquals(5.0, p.get(0).score());
        }
        tiny.write(temp.resolve("s"));
        assertTrue(!Files.exists(temp.resolve("s").resolve(NgramStars.WEIGHTS)), "a model without a head leaves no file");
        assertTrue(NgramModel.read(temp.resolve("s")).stars().isEmpty());
    }

    @Test
    void read_starHeadOfWrongSize_namesItsFile() throws IOException {
        NgramModel tiny = tinyModel(List.of("joy", "sadness"));
        tiny.withStars(new NgramStars(new float[64 * 5], new float[5], 1.0, Map.of())).write(temp.resolve("s"));
        Files.write(temp.resolve("s").resolve(NgramStars.WEIGHTS), new byte[12]);

        ModelLoadException e = assertThrows(ModelLoadException.class, () -> NgramModel.read(temp.resolve("s")));
        assertTrue(e.getMessage().contains(NgramStars.WEIGHTS + " has 12 bytes"), e.getMessage());
    }

    /** Joy's weights are 1 on every feature of 좋아, so 좋아 reads as joy. Exact in float16. */
    private static NgramModel tinyModel(List<String> labels) {
        NgramFeatureSpec spec = new NgramFeatureSpec(64, 1, 2, 2, 3, true, true);
        float[] weights = new float[64 * labels.size()];
        for (int index : new NgramFeatures(spec).extract("좋아").indices()) {
            weights[index * labels.size()] = 1;
        }
        return new NgramModel(spec, labels, weights, new float[] {0, 0.25f}, 100, List.of("ko"), 1.5, Map.of("note", "test"));
    }
}
