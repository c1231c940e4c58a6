package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Mood;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fixed logits in, scores out: pins the arithmetic from a model's labels to moods and stars. */
class LabelMappingTest {
    private static final double EPS = 1e-6;

    /** Logits whose softmax is exactly {@code p}. */
    private static float[] logitsOf(double... p) {
        float[] logits = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            logits[i] = (float) Math.log(p[i]);
        }
        return logits;
    }

    @Test
    void map_starLabels_scoreIsExpectedStarsAndMoodFollowsStars() {
        LabelMapping mapping = LabelMapping.of(List.of("1 star", "2 stars", "3 stars", "4 stars", "5 stars"),
                Map.of(), Activation.SOFTMAX);

        Prediction p = mapping.map(logitsOf(0.1, 0.1, 0.2, 0.2, 0.4), false);

        assertEquals(0.1 * 1 + 0.1 * 2 + 0.2 * 3 + 0.2 * 4 + 0.4 * 5, p.stars().orElseThrow(), EPS);
        assertEquals(3.7, p.score(), EPS);
        assertEquals(0.6, p.moods().get(Mood.JOY), EPS);
        assertEquals(0.2, p.moods().get(Mood.NEUTRAL), EPS);
        assertEquals(0.1, p.moods().get(Mood.SADNESS), EPS);
        assertEquals(0.1, p.moods().get(Mood.ANGER), EPS);
        assertEquals(Mood.JOY, p.moods().top());
    }

    @Test
    void map_ekmanLabelsInAnyCaseAndSynonyms_addUpPerMood() {
        LabelMapping mapping = LabelMapping.of(List.of("ANGRY", "Disgust", "FEARFUL", "HAPPY", "sad", "Surprised",
                "calm", "happiness"), Map.of(), Activation.SOFTMAX);

        Prediction p = mapping.map(logitsOf(0.05, 0.05, 0.1, 0.3, 0.1, 0.1, 0.1, 0.2), true);

        assertEquals(0.5, p.moods().get(Mood.JOY), EPS);
        assertEquals(0.05, p.moods().get(Mood.ANGER), EPS);
        assertEquals(0.1, p.moods().get(Mood.NEUTRAL), EPS);
        assertTrue(p.stars().isEmpty(), "emotion labels give no stars of their own");
        assertEquals(p.moods().valence(), p.score(), EPS);
        assertTrue(p.truncated());
    }

    @Test
    void of_goEmotionsLabels_mapThroughEkmanGrouping() {
        List<String> labels = List.of("admiration", "amusement", "anger", "annoyance", "approval", "caring",
                "confusion", "curiosity", "desire", "disappointment", "disapproval", "disgust", "embarrassment",
                "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism", "pride",
                "realization", "relief", "remorse", "sadness", "surprise", "neutral");
        LabelMapping mapping = LabelMapping.of(labels, Map.of(), Activation.SIGMOID);
        float[] logits = new float[labels.size()];
        java.util.Arrays.fill(logits, -30f);
        logits[labels.indexOf("nervousness")] = 30f;

        Prediction p = mapping.map(logits, false);

        assertEquals(1.0, p.moods().get(Mood.FEAR), 1e-9);
    }

    @Test
    void map_sentimentLabels_giveScoreAndMood() {
        LabelMapping mapping = LabelMapping.of(List.of("NEGATIVE", "NEUTRAL", "POSITIVE"), Map.of(),
                Activation.SOFTMAX);

        Prediction p = mapping.map(logitsOf(0.25, 0.25, 0.5), false);

        assertEquals(0.25 * 1 + 0.25 * 3 + 0.5 * 5, p.score(), EPS);
        assertEquals(0.5, p.moods().get(Mood.JOY), EPS);
        assertEquals(0.25, p.moods().get(Mood.SADNESS), EPS);
    }

    @Test
    void of_genericLabelWithoutOverride_failsNamingLabel() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> LabelMapping.of(List.of("joy", "LABEL_1"), Map.of(), Activation.SOFTMAX));

        assertTrue(e.getMessage().contains("'LABEL_1'"), e.getMessage());
        assertTrue(e.getMessage().contains("moodbot-model.yaml"), e.getMessage());
    }

    @Test
    void map_overrideWithIgnoredLabel_renormalisesTheRest() {
        LabelMapping mapping = LabelMapping.of(List.of("LABEL_0", "LABEL_1", "LABEL_2"),
                Map.of("LABEL_0", LabelTarget.mood(Mood.SADNESS), "LABEL_1", LabelTarget.ignored(),
                        "LABEL_2", LabelTarget.rated(Mood.JOY, 4.5)),
                Activation.SOFTMAX);

        Prediction p = mapping.map(logitsOf(0.2, 0.6, 0.2), false);

        assertEquals(0.5, p.moods().get(Mood.SADNESS), EPS);
        assertEquals(0.5, p.moods().get(Mood.JOY), EPS);
        // Sadness has no stars of its own, so it counts as its valence (2).
        assertEquals(0.5 * Mood.SADNESS.valence() + 0.5 * 4.5, p.score(), EPS);
    }

    @Test
    void map_temperature_dividesLogitsBeforeSoftmax() {
        LabelMapping mapping = LabelMapping.of(List.of("joy", "sadness"), Map.of(), Activation.SOFTMAX, 2.0);

        Prediction p = mapping.map(new float[] {2f, 0f}, false);

        // softmax([2, 0] / 2) = [e / (e + 1), 1 / (e + 1)]
        assertEquals(Math.E / (Math.E + 1), p.moods().get(Mood.JOY), EPS);
        assertEquals(1 / (Math.E + 1), p.moods().get(Mood.SADNESS), EPS);
        assertEquals(2.0, mapping.temperature(), 0);
    }

    @Test
    void of_nonPositiveTemperature_isRejected() {
        assertThrows(ModelLoadException.class, () -> LabelMapping.of(List.of("joy"), Map.of(), Activation.SOFTMAX, 0));
    }
}
