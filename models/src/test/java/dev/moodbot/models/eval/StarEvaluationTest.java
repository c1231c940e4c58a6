package dev.moodbot.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.ngram.NgramEmotionModel;
import dev.moodbot.core.ngram.NgramFeatureSpec;
import dev.moodbot.core.ngram.NgramFeatures;
import dev.moodbot.core.ngram.NgramModel;
import dev.moodbot.core.ngram.NgramStars;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.data.NsmcReader.Review;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The score as the bot shows it, against stars and against the gold mood's direction, on a real n-gram model. */
class StarEvaluationTest {
    private static final NgramFeatureSpec SPEC = new NgramFeatureSpec(1 << 12, 1, 2, 0, 0, true, false);
    private static final int K = Mood.values().length;

    /** 최고 reads as joy and five stars, 최악 as anger and one star; anything else as neutral and three stars. */
    private static NgramModel model() {
        NgramFeatures features = new NgramFeatures(SPEC);
        Set<Integer> common = new HashSet<>();
        for (int i : features.extract("최").indices()) {
            common.add(i);
        }
        float[] w = new float[SPEC.dims() * K];
        float[] s = new float[SPEC.dims() * NgramStars.STARS];
        for (int i : features.extract("최고").indices()) {
            if (!common.contains(i)) {
                w[i * K + Mood.JOY.ordinal()] = 20;
                s[i * NgramStars.STARS + 4] = 20;
            }
        }
        for (int i : features.extract("최악").indices()) {
            if (!common.contains(i)) {
                w[i * K + Mood.ANGER.ordinal()] = 20;
                s[i * NgramStars.STARS] = 20;
            }
        }
        float[] bias = new float[K];
        bias[Mood.NEUTRAL.ordinal()] = 1;
        float[] starBias = {0, 0, 1, 0, 0};
        return new NgramModel(SPEC, Arrays.stream(Mood.values()).map(Mood::key).toList(), w, bias, 100,
                List.of("ko"), 1.0, Map.of()).withStars(new NgramStars(s, starBias, 1.0, Map.of()));
    }

    @Test
    void run_starHead_ownScoreAndMoodScoreSideBySide() {
        List<Review> reviews = List.of(new Review("최고", 5), new Review("최악", 1), new Review("최고", 4),
                new Review("그냥", 3));
        NgramModel model = model();
        StarEvaluation withHead = StarEvaluation.run(new NgramEmotionModel("m", model), reviews, 3);
        StarEvaluation moodsOnly = StarEvaluation.run(new NgramEmotionModel("m", new NgramModel(model.features(),
                model.labels(), model.weights(), model.bias(), 100, List.of("ko"), 1.0, Map.of())), reviews, 3);

        assertTrue(withHead.ownScoreIsLearnt());
        assertEquals(new StarEvaluation.Figures(0.75, 1.0, 0.25), withHead.own(), "5, 1, 5 (gold 4), 3");
        // From the moods: joy 5, anger 1, joy 5, neutral 3 -> the same here; without a head, own is that score.
        assertEquals(withHead.fromMoods(), moodsOnly.own());
        assertFalse(moodsOnly.ownScoreIsLearnt());
        assertEquals(new StarEvaluation.Figures(0.25, 0.5, 1.75), StarEvaluation.constant(reviews, 5));
    }

    @Test
    void scoreSide_joyBelongsAboveTheMiddleAndTheDarkMoodsBelow() {
        Dataset rows = new Dataset("t", List.of(new LabelledText("최고", Mood.JOY), new LabelledText("최악", Mood.SADNESS),
                new LabelledText("최고", Mood.ANGER), new LabelledText("그냥", Mood.SURPRISE)), "test", Language.KO);

        Evaluation e = Evaluation.run(new NgramEmotionModel("m", model()), rows, 2);

        assertEquals(new Evaluation.ScoreSide(2.0 / 3, 1.0 / 3), e.scoreSide(),
                "surprise is left out; 최고 for anger is on the wrong side");
    }
}
