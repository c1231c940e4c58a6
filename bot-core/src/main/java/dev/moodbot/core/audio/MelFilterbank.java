package dev.moodbot.core.audio;

/**
 * Step 2: {@code librosa.filters.mel(sr, n_fft)} with its defaults: Slaney mel scale (linear below 1 kHz, log
 * above), triangles on the FFT bin frequencies, Slaney area normalisation, weights kept in float32 as librosa does.
 */
final class MelFilterbank {
    private static final double F_SP = 200.0 / 3;
    private static final double MIN_LOG_HZ = 1000.0;
    private static final double MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
    private static final double LOG_STEP = Math.log(6.4) / 27.0;

    private final float[][] weights;
    /** Per band, the first bin with a weight and one past the last: a band covers a few dozen of 1,025 bins. */
    private final int[] from;
    private final int[] to;

    MelFilterbank(int sampleRate, int nFft, int nMels) {
        int bins = nFft / 2 + 1;
        double[] fftFreqs = linspace(0, sampleRate / 2.0, bins);
        double[] melF = linspace(hzToMel(0), hzToMel(sampleRate / 2.0), nMels + 2);
        for (int i = 0; i < melF.length; i++) {
            melF[i] = melToHz(melF[i]);
        }
        weights = new float[nMels][bins];
        for (int m = 0; m < nMels; m++) {
            double lowerWidth = melF[m + 1] - melF[m];
            double upperWidth = melF[m + 2] - melF[m + 1];
            double norm = 2.0 / (melF[m + 2] - melF[m]);
            for (int k = 0; k < bins; k++) {
                double lower = -(melF[m] - fftFreqs[k]) / lowerWidth;
                double upper = (melF[m + 2] - fftFreqs[k]) / upperWidth;
                float triangle = (float) Math.max(0, Math.min(lower, upper));
                weights[m][k] = (float) (triangle * norm);
            }
        }
        from = new int[nMels];
        to = new int[nMels];
        for (int m = 0; m < nMels; m++) {
            int k = 0;
            while (k < bins && weights[m][k] == 0f) {
                k++;
            }
            from[m] = k;
            int end = bins;
            while (end > k && weights[m][end - 1] == 0f) {
                end--;
            }
            to[m] = end;
        }
    }

    float[][] weights() {
        return weights;
    }

    /**
     * One frame's power bins into column {@code frame} of {@code [nMels][frames]} mel power. Only each band's own
     * bins are summed, in the same order as a full dot product, so the sums are the same to the last bit (the skipped
     * terms are zero).
     */
    void applyFrame(double[] power, double[][] mel, int frame) {
        for (int m = 0; m < weights.length; m++) {
            float[] w = weights[m];
            double sum = 0;
            for (int k = from[m]; k < to[m]; k++) {
                sum += w[k] * power[k];
            }
            mel[m][frame] = sum;
        }
    }

    int bands() {
        return weights.length;
    }

    static double hzToMel(double hz) {
        return hz >= MIN_LOG_HZ ? MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP : hz / F_SP;
    }

    static double melToHz(double mel) {
        return mel >= MIN_LOG_MEL ? MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL)) : F_SP * mel;
    }

    /** numpy's {@code linspace}: start + i·step, with the last point set to {@code stop} exactly. */
    private static double[] linspace(double start, double stop, int n) {
        double[] out = new double[n];
        double step = (stop - start) / (n - 1);
        for (int i = 0; i < n; i++) {
            out[i] = start + i * step;
        }
        out[n - 1] = stop;
        return out;
    }
}
