package dev.moodbot.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stack takes each mood's evidence from the head that has it. */
class LogitStackTest {

    @Test
    void fit_eachHeadKnowsOtherMoods_stackBeatsEitherHead() {
        int k = 4;
        int n = 2_000;
        Random random = new Random(7);
        float[][] z1 = new float[n][k];
        float[][] z2 = new float[n][k];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
            for (int c = 0; c < k; c++) {
                z1[i][c] = (float) random.nextGaussian();
                z2[i][c] = (float) random.nextGaussian();
            }
            // Head 1 sees moods 0 and 1, head 2 moods 2 and 3.
            (y[i] < 2 ? z1 : z2)[i][y[i]] += 3;
        }

        LogitStack stack = LogitStack.fit(z1, z2, y);

        int right = 0;
        int right1 = 0;
        int right2 = 0;
        for (int i = 0; i < n; i++) {
            right += LogitOffsets.argmax(stack.apply(z1[i], z2[i])) == y[i] ? 1 : 0;
            right1 += LogitOffsets.argmax(z1[i]) == y[i] ? 1 : 0;
            right2 += LogitOffsets.argmax(z2[i]) == y[i] ? 1 : 0;
        }
        assertTrue(right > 0.85 * n, "stack right " + right + " of " + n);
        assertTrue(right > right1 + 0.2 * n && right > right2 + 0.2 * n, right + " vs " + right1 + ", " + right2);
    }

    @Test
    void apply_withoutBias_isLinearInTheLogits() {
        LogitStack stack = new LogitStack(new double[][] {{1, 0}, {0, 2}}, new double[][] {{0.5, 0}, {0, 0}},
                new double[] {10, 20});

        float[] z = stack.apply(new float[] {1, 1}, new float[] {2, 2}, false);

        assertEquals(2f, z[0], 1e-6);
        assertEquals(2f, z[1], 1e-6);
        assertEquals(12f, stack.apply(new float[] {1, 1}, new float[] {2, 2})[0], 1e-6);
    }
}
