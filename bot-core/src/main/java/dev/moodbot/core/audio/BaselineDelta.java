package dev.moodbot.core.audio;

import java.util.Map;

/**
 * Fixes the MFCCs to the model's frame count and, for "delta" models trained on the difference from a neutral
 * speaker baseline, subtracts the configured baseline (or the one nearest to this note's mean MFCC).
 */
final class BaselineDelta {
    private BaselineDelta() {}

    static MfccFrames apply(MfccFrames mfcc, AudioModelManifest manifest) {
        MfccFrames fixed = mfcc.fixedLength(manifest.frames());
        if (manifest.baselines().isEmpty()) {
            return fixed;
        }
        double[] baseline = pick(mfcc.mean(), manifest.baselines(), manifest.baselinePick());
        double[][] c = fixed.coefficients();
        for (int k = 0; k < c.length; k++) {
            for (int t = 0; t < c[k].length; t++) {
                c[k][t] -= baseline[k];
            }
        }
        return fixed;
    }

    static double[] pick(double[] mean, Map<String, double[]> baselines, String how) {
        if (!how.equals(AudioModelManifest.NEAREST)) {
            return baselines.get(how);
        }
        double[] best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (double[] candidate : baselines.values()) {
            double d = 0;
            for (int k = 0; k < mean.length; k++) {
                d += (mean[k] - candidate[k]) * (mean[k] - candidate[k]);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }
}
