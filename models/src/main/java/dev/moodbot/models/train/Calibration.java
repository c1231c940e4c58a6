package dev.moodbot.models.train;

/**
 * Fits the temperature {@code T} that minimises the negative log-likelihood of {@code softmax(z / T)} on held-out
 * rows (Guo et al., "On Calibration of Modern Neural Networks", 2017). One parameter, so the model's ranking and
 * its top mood are unchanged; only how sure it says it is moves.
 */
public final class Calibration {
    private Calibration() {}

    public static double fitTemperature(float[][] logits, int[] gold) {
        // NLL is convex in 1/T; a golden-section search over log T in [1/20, 20] is plenty.
        double lo = Math.log(0.05);
        double hi = Math.log(20);
        double phi = (Math.sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        double fa = nll(logits, gold, Math.exp(a));
        double fb = nll(logits, gold, Math.exp(b));
        for (int i = 0; i < 80; i++) {
            if (fa < fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - phi * (hi - lo);
                fa = nll(logits, gold, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + phi * (hi - lo);
                fb = nll(logits, gold, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** Mean negative log-likelihood of the gold labels under {@code softmax(z / T)}. */
    public static double nll(float[][] logits, int[] gold, double temperature) {
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (float z : logits[i]) {
                max = Math.max(max, z / temperature);
            }
            double sum = 0;
            for (float z : logits[i]) {
                sum += Math.exp(z / temperature - max);
            }
            total -= logits[i][gold[i]] / temperature - max - Math.log(sum);
        }
        return total / logits.length;
    }
}
