package dev.moodbot.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Temperature scaling pinned on fixed logits whose best temperature is known in closed form. */
class CalibrationTest {

    @Test
    void fitTemperature_overconfidentLogits_matchesClosedForm() {
        // Every row has logits [2, 0]; 70 % are class 0. NLL is least where softmax(2 / T)[0] = 0.7,
        // i.e. 2 / T = ln(0.7 / 0.3).
        float[][] logits = new float[10][];
        int[] gold = new int[10];
        for (int i = 0; i < 10; i++) {
            logits[i] = new float[] {2f, 0f};
            gold[i] = i < 7 ? 0 : 1;
        }

        double t = Calibration.fitTemperature(logits, gold);

        assertEquals(2 / Math.log(0.7 / 0.3), t, 1e-4);
        assertTrue(Calibration.nll(logits, gold, t) < Calibration.nll(logits, gold, 1));
    }
}
