package dev.moodbot.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected calibration error on fixed confidences, worked out by hand. */
class CalibrationErrorTest {

    @Test
    void of_twoBins_weightsEachBinsGapByItsRows() {
        // bin (0.5, 1]: confidences 0.9, 0.9, 0.7, 0.7 with 3 right -> |0.75 - 0.8| * 4/6
        // bin (0, 0.5]: confidences 0.4, 0.2 with 0 right -> |0 - 0.3| * 2/6
        double[] confidence = {0.9, 0.9, 0.7, 0.7, 0.4, 0.2};
        boolean[] correct = {true, true, true, false, false, false};

        assertEquals(0.05 * 4 / 6 + 0.3 * 2 / 6, CalibrationError.of(confidence, correct, 2), 1e-12);
    }

    @Test
    void of_perfectlyCalibrated_isZero() {
        double[] confidence = {0.75, 0.75, 0.75, 0.75};
        boolean[] correct = {true, true, true, false};

        assertEquals(0, CalibrationError.of(confidence, correct, 15), 1e-12);
    }

    @Test
    void atTemperatureOne_undoesTemperatureScaling() {
        // softmax([2, 0] / 2) = [0.7311, 0.2689]; at T = 1 the top probability is softmax([2, 0])[0].
        double[] atTwo = {Math.E / (Math.E + 1), 1 / (Math.E + 1)};

        assertEquals(Math.exp(2) / (Math.exp(2) + 1), Evaluation.atTemperatureOne(atTwo, 0, 2.0), 1e-12);
    }
}
