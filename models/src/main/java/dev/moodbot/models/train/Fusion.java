package dev.moodbot.models.train;

import dev.moodbot.models.eval.Metrics;

/**
 * How a hybrid head adds its n-gram logits to its encoder logits, chosen on dev: the weight {@code alpha} of the
 * n-gram logits, then one offset per mood added to the sum. Macro-F1 rewards rare moods (disgust, fear) as much as
 * common ones, and a class-balanced loss alone does not place the decision boundaries where macro-F1 peaks.
 */
public record Fusion(double alpha, float[] offsets, double devMacroF1) {
    // Wide enough that the optimum is inside: on GoEmotions dev it is near 8, where the MLP's logits are large.
    private static final double[] ALPHAS = {0, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16};

    public static Fusion fit(float[][] dense, float[][] sparse, int[] gold) {
        int k = dense[0].length;
        double bestAlpha = 0;
        double best = -1;
        for (double alpha : ALPHAS) {
            double f1 = macroF1(dense, sparse, alpha, new float[k], gold);
            if (f1 > best) {
                best = f1;
                bestAlpha = alpha;
            }
        }
        float[] offsets = new float[k];
        for (int round = 0; round < 3; round++) {
            for (int c = 0; c < k; c++) {
                for (int step = -30; step <= 30; step++) {
                    float[] trial = offsets.clone();
                    trial[c] = step / 10f;
                    double f1 = macroF1(dense, sparse, bestAlpha, trial, gold);
                    if (f1 > best + 1e-9) {
                        best = f1;
                        offsets = trial;
                    }
                }
            }
        }
        return new Fusion(bestAlpha, offsets, best);
    }

    public float[] combine(float[] dense, float[] sparse) {
        float[] z = new float[dense.length];
        for (int c = 0; c < z.length; c++) {
            z[c] = (float) (dense[c] + alpha * sparse[c] + offsets[c]);
        }
        return z;
    }

    private static double macroF1(float[][] dense, float[][] sparse, double alpha, float[] offsets, int[] gold) {
        Fusion f = new Fusion(alpha, offsets, 0);
        int[] predicted = new int[gold.length];
        for (int i = 0; i < gold.length; i++) {
            predicted[i] = argmax(f.combine(dense[i], sparse[i]));
        }
        return Metrics.of(gold, predicted).macroF1();
    }

    static int argmax(float[] a) {
        int best = 0;
        for (int c = 1; c < a.length; c++) {
            if (a[c] > a[best]) {
                best = c;
            }
        }
        return best;
    }
}
