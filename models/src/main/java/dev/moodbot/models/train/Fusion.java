package dev.moodbot.models.train;

import dev.moodbot.models.eval.Metrics;

/**
 * How a hybrid head adds its n-gram logits to its encoder logits, chosen on dev: the weight {@code alpha} of the
 * n-gram logits, then one offset per mood added to the sum ({@link LogitOffsets}, for macro-F1).
 */
public record Fusion(double alpha, float[] offsets, double devMacroF1) {
    // Wide enough that the optimum is inside: on GoEmotions dev it is near 8, where the MLP's logits are large.
    private static final double[] ALPHAS = {0, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16};

    public static Fusion fit(float[][] dense, float[][] sparse, int[] gold) {
        int k = dense[0].length;
        double bestAlpha = 0;
        double best = -1;
        for (double alpha : ALPHAS) {
            double f1 = LogitOffsets.metrics(summed(dense, sparse, alpha), new float[k], gold).macroF1();
            if (f1 > best) {
                best = f1;
                bestAlpha = alpha;
            }
        }
        float[][] summed = summed(dense, sparse, bestAlpha);
        float[] offsets = LogitOffsets.fit(summed, gold, Metrics::macroF1);
        return new Fusion(bestAlpha, offsets, LogitOffsets.metrics(summed, offsets, gold).macroF1());
    }

    public float[] combine(float[] dense, float[] sparse) {
        float[] z = new float[dense.length];
        for (int c = 0; c < z.length; c++) {
            z[c] = (float) (dense[c] + alpha * sparse[c] + offsets[c]);
        }
        return z;
    }

    private static float[][] summed(float[][] dense, float[][] sparse, double alpha) {
        Fusion noOffsets = new Fusion(alpha, new float[dense[0].length], 0);
        float[][] z = new float[dense.length][];
        for (int i = 0; i < dense.length; i++) {
            z[i] = noOffsets.combine(dense[i], sparse[i]);
        }
        return z;
    }
}
