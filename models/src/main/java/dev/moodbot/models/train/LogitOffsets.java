package dev.moodbot.models.train;

import dev.moodbot.models.eval.Metrics;
import java.util.function.ToDoubleFunction;

/**
 * One offset per mood added to a model's logits, fitted on held-out logits to raise a score of the resulting
 * predictions. A class-weighted loss alone does not put the decision boundaries where macro-F1 (which rewards rare
 * moods as much as common ones) or accuracy peaks; a coordinate search over the offsets moves them there.
 */
public final class LogitOffsets {
    private static final int ROUNDS = 3;
    private static final int STEPS = 30; // offsets from -3 to 3 in steps of 0.1

    private LogitOffsets() {}

    /** The offsets, starting from none, that raise {@code score} of the predictions of {@code logits + offsets}. */
    public static float[] fit(float[][] logits, int[] gold, ToDoubleFunction<Metrics> score) {
        return fit(logits[0].length, offsets -> score.applyAsDouble(metrics(logits, offsets, gold)));
    }

    /**
     * The {@code k} offsets, starting from none, that raise {@code score}, which sees only the offsets: for a score
     * over several sets of logits at once (one operating point for two kinds of text).
     */
    public static float[] fit(int k, ToDoubleFunction<float[]> score) {
        float[] offsets = new float[k];
        double best = score.applyAsDouble(offsets);
        for (int round = 0; round < ROUNDS; round++) {
            for (int c = 0; c < k; c++) {
                for (int step = -STEPS; step <= STEPS; step++) {
                    float[] trial = offsets.clone();
                    trial[c] = step / 10f;
                    double s = score.applyAsDouble(trial);
                    if (s > best + 1e-9) {
                        best = s;
                        offsets = trial;
                    }
                }
            }
        }
        return offsets;
    }

    /** The figures of the predictions {@code argmax(logits + offsets)}. */
    public static Metrics metrics(float[][] logits, float[] offsets, int[] gold) {
        int[] predicted = new int[gold.length];
        for (int i = 0; i < gold.length; i++) {
            predicted[i] = argmax(add(logits[i], offsets));
        }
        return Metrics.of(gold, predicted);
    }

    public static float[] add(float[] logits, float[] offsets) {
        float[] z = new float[logits.length];
        for (int c = 0; c < z.length; c++) {
            z[c] = logits[c] + offsets[c];
        }
        return z;
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
