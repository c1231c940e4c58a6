package dev.moodbot.core.audio;

import java.util.Arrays;
import java.util.Objects;

/**
 * MFCCs of a clip as {@code [coefficient][frame]}, librosa's layout.
 *
 * @param coefficients {@code [nMfcc][frames]}
 */
public record MfccFrames(double[][] coefficients) {
    public MfccFrames {
        Objects.requireNonNull(coefficients, "coefficients");
    }

    public int count() {
        return coefficients.length;
    }

    public int frames() {
        return coefficients.length == 0 ? 0 : coefficients[0].length;
    }

    /** {@code librosa.util.fix_length(mfcc, size=frames, axis=-1)}: cut at the end, or pad the end with zeros. */
    public MfccFrames fixedLength(int frames) {
        double[][] fixed = new double[coefficients.length][];
        for (int c = 0; c < coefficients.length; c++) {
            fixed[c] = Arrays.copyOf(coefficients[c], frames);
        }
        return new MfccFrames(fixed);
    }

    /** Mean of each coefficient over the frames. */
    public double[] mean() {
        double[] mean = new double[coefficients.length];
        for (int c = 0; c < coefficients.length; c++) {
            mean[c] = Arrays.stream(coefficients[c]).average().orElse(0);
        }
        return mean;
    }
}
