package dev.moodbot.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.models.eval.Metrics;
import org.junit.jupiter.api.Test;

class LogitOffsetsTest {

    /** Class 1 is always scored 0.5 below where it should be: its rows all go to class 0 until an offset lifts it. */
    @Test
    void fit_rareMoodScoredTooLow_liftsItAndMacroF1() {
        int n = 200;
        float[][] logits = new float[n][7];
        int[] gold = new int[n];
        for (int i = 0; i < n; i++) {
            gold[i] = i % 5 == 0 ? 1 : 0;
            logits[i][0] = 1.0f;
            logits[i][1] = gold[i] == 1 ? 0.7f : 0.2f;
        }
        Metrics before = LogitOffsets.metrics(logits, new float[7], gold);

        float[] offsets = LogitOffsets.fit(logits, gold, Metrics::macroF1);
        Metrics after = LogitOffsets.metrics(logits, offsets, gold);

        assertEquals(0.8, before.accuracy(), 1e-9);
        assertTrue(offsets[1] - offsets[0] > 0.3 && offsets[1] - offsets[0] < 0.8, java.util.Arrays.toString(offsets));
        assertEquals(1.0, after.accuracy(), 1e-9);
        assertTrue(after.macroF1() > before.macroF1());
    }

    @Test
    void fit_nothingToGain_keepsNoOffsets() {
        float[][] logits = {{2, 0, 0, 0, 0, 0, 0}, {0, 2, 0, 0, 0, 0, 0}};
        int[] gold = {0, 1};

        float[] offsets = LogitOffsets.fit(logits, gold, Metrics::accuracy);

        assertEquals(0, offsets[0]);
        assertEquals(0, offsets[1]);
    }
}
