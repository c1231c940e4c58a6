package dev.moodbot.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.ngram.NgramFeatureSpec;
import dev.moodbot.core.ngram.NgramModel;
import dev.moodbot.core.ngram.SparseVector;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The blend is chosen on both kinds of held-out rows and written as one linear layer. */
class HeadBlendTest {
    private static final int K = Mood.values().length;
    private static final NgramFeatureSpec SPEC = new NgramFeatureSpec(16, 1, 2, 0, 0, false, false);

    private static NgramModel head(long seed) {
        Random random = new Random(seed);
        float[] w = new float[16 * K];
        float[] b = new float[K];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextGaussian();
        }
        return new NgramModel(SPEC, Arrays.stream(Mood.values()).map(Mood::key).toList(), w, b, 100, List.of("ko"),
                1.0, Map.of());
    }

    /** Rows whose gold mood is what {@code knows} says, and noise from the other head. */
    private static HeadBlend.HeldOut rows(boolean commentsKnow, long seed) {
        Random random = new Random(seed);
        int n = 700;
        float[][] z1 = new float[n][K];
        float[][] z2 = new float[n][K];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % K;
            for (int c = 0; c < K; c++) {
                z1[i][c] = (float) random.nextGaussian();
                z2[i][c] = (float) random.nextGaussian();
            }
            (commentsKnow ? z1 : z2)[i][y[i]] += 4;
        }
        return new HeadBlend.HeldOut(z1, z2, y);
    }

    @Test
    void run_eachHeadKnowsOneKind_evenBlendWinsAndIsOneLinearLayer() {
        NgramModel comments = head(1);
        NgramModel sentences = head(2);

        HeadBlend.Blended blended = new HeadBlend(List.of(0.0, 0.5, 1.0), false)
                .run(comments, sentences, rows(true, 3), rows(false, 4), Map.of("command", "test"));

        assertEquals(0.5, blended.best().weight(), blended.points().toString());
        assertTrue(blended.best().comments().accuracy() > 0.8 && blended.best().sentences().accuracy() > 0.8,
                blended.best().toString());
        SparseVector x = new SparseVector(new int[] {3, 9}, new float[] {0.6f, 0.8f});
        float[] expected = LogitOffsets.add(LogitOffsets.add(times(comments.logits(x), 0.5f),
                times(sentences.logits(x), 0.5f)), blended.best().offsets());
        assertArrayEquals(expected, blended.model().logits(x), 1e-5f);
        assertTrue(blended.model().training().get("blend").toString().contains("weight 0.50"));
    }

    private static float[] times(float[] z, float s) {
        float[] out = z.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= s;
        }
        return out;
    }
}
