package dev.moodbot.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.ngram.NgramFeatureSpec;
import dev.moodbot.core.ngram.NgramModel;
import dev.moodbot.core.ngram.NgramStars;
import dev.moodbot.core.ngram.SparseVector;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The star head joins the moods only when it helps on held-out rows, and the result is one linear layer. */
class StarStackTest {
    private static final int K = Mood.values().length;
    private static final int JOY = Mood.JOY.ordinal();
    private static final int ANGER = Mood.ANGER.ordinal();
    private static final NgramFeatureSpec SPEC = new NgramFeatureSpec(16, 1, 2, 0, 0, false, false);

    private static float[] gaussian(Random random, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) random.nextGaussian();
        }
        return out;
    }

    private static HeadBlend.Blended blended(float[][] kote, float[][] goemotions) {
        Random random = new Random(1);
        float[] offsets = {0.1f, 0, 0, 0, 0, 0, -0.1f};
        NgramModel moods = new NgramModel(SPEC, Arrays.stream(Mood.values()).map(Mood::key).toList(),
                gaussian(random, 16 * K), offsets.clone(), 100, List.of("ko"), 1.0, Map.of());
        HeadBlend.Point point = HeadBlend.point(0, kote, goemotions, gold(kote.length), gold(goemotions.length));
        return new HeadBlend.Blended(new NgramModel(moods.features(), moods.labels(), moods.weights(),
                LogitOffsets.add(new float[K], point.offsets()), 100, List.of("ko"), 1.0, Map.of()), point,
                List.of(point), kote, goemotions);
    }

    /**
     * Joy and anger rows alternate; the moods tell them apart only if {@code moodsKnow}, the stars only if
     * {@code starsKnow}.
     */
    private static float[][][] rows(int n, boolean moodsKnow, boolean starsKnow, long seed) {
        Random random = new Random(seed);
        float[][] moods = new float[n][];
        float[][] stars = new float[n][];
        int[] y = gold(n);
        for (int i = 0; i < n; i++) {
            moods[i] = gaussian(random, K);
            moods[i][JOY] += 2;
            moods[i][ANGER] += 2;
            if (moodsKnow) {
                moods[i][y[i]] += 6;
            }
            stars[i] = gaussian(random, NgramStars.STARS);
            if (starsKnow) {
                stars[i][y[i] == JOY ? 4 : 0] += 3;
            }
        }
        return new float[][][] {moods, stars};
    }

    private static int[] gold(int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2 == 0 ? JOY : ANGER;
        }
        return y;
    }

    @Test
    void run_starsTellJoyFromAnger_stackKeptAndFoldedIntoOneLayer() {
        float[][][] kote = rows(600, false, true, 2);
        float[][][] goemotions = rows(400, false, true, 3);
        NgramStars stars = new NgramStars(gaussian(new Random(4), 16 * NgramStars.STARS), new float[5], 1.0, Map.of());
        HeadBlend.Blended blended = blended(kote[0], goemotions[0]);

        StarStack.Stacked stacked = StarStack.run(blended, stars, kote[1], goemotions[1], gold(600), gold(400));

        assertTrue(stacked.kept(), stacked.without() + " vs " + stacked.with());
        assertTrue(stacked.with().comments().accuracy() > 0.85, stacked.with().toString());
        assertTrue(stacked.without().comments().accuracy() < 0.65, stacked.without().toString());
        // One layer: the written logits are the stack of the raw mood logits and the star logits, plus offsets.
        SparseVector x = new SparseVector(new int[] {2, 11}, new float[] {0.8f, 0.6f});
        float[] raw = LogitOffsets.add(blended.model().logits(x), negate(blended.best().offsets()));
        float[][] z = HeadBlend.concat(kote[0], goemotions[0]);
        float[][] s = HeadBlend.concat(kote[1], goemotions[1]);
        LogitStack stack = LogitStack.fit(z, s, HeadBlend.concat(gold(600), gold(400)),
                LogitStack.scaledIdentity(K, K, 1), LogitStack.scaledIdentity(K, 5, 0));
        float[] expected = LogitOffsets.add(stack.apply(raw, stars.logits(x)), stacked.with().offsets());
        assertArrayEquals(expected, stacked.model().logits(x), 1e-4f);
        assertTrue(stacked.model().training().get("starStack").toString().contains("restacked"));
    }

    @Test
    void run_moodsAlreadyRightStarsNoise_moodsKeptAsTheyWere() {
        float[][][] kote = rows(600, true, false, 5);
        float[][][] goemotions = rows(400, true, false, 6);
        HeadBlend.Blended blended = blended(kote[0], goemotions[0]);

        StarStack.Stacked stacked = StarStack.run(blended, new NgramStars(new float[16 * 5], new float[5], 1.0,
                Map.of()), kote[1], goemotions[1], gold(600), gold(400));

        assertEquals(1.0, stacked.without().comments().accuracy(), stacked.without().toString());

        assertFalse(stacked.kept(), stacked.without() + " vs " + stacked.with());
        assertSame(blended.model().weights(), stacked.model().weights());
        assertSame(blended.model().bias(), stacked.model().bias());
        assertTrue(stacked.model().training().get("starStack").toString().startsWith("not kept"));
    }

    private static float[] negate(float[] v) {
        float[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i];
        }
        return out;
    }
}
