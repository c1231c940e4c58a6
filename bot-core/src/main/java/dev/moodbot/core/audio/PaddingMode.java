package dev.moodbot.core.audio;

import java.util.Locale;

/**
 * How the STFT pads the signal's ends before centring the first and last frames. librosa switched its default from
 * {@code reflect} to zeros in 0.9.0; a model must be fed the padding it was trained with.
 */
public enum PaddingMode {
    /** librosa >= 0.9 ({@code pad_mode="constant"}). */
    ZERO,
    /** librosa <= 0.8 ({@code pad_mode="reflect"}): mirror without repeating the edge sample. */
    REFLECT;

    /** Accepts the librosa names too: {@code constant}/{@code zero}/{@code zeros} and {@code reflect}. */
    public static PaddingMode fromKey(String key) {
        return switch (key.strip().toLowerCase(Locale.ROOT)) {
            case "zero", "zeros", "constant" -> ZERO;
            case "reflect" -> REFLECT;
            default -> throw new IllegalArgumentException("padding must be zero or reflect: " + key);
        };
    }

    /** Sample {@code i} of the padded signal, where {@code i} may lie before 0 or past the end. */
    float sampleAt(float[] y, int i) {
        if (i >= 0 && i < y.length) {
            return y[i];
        }
        if (this == ZERO || y.length < 2) {
            return 0f;
        }
        // numpy's reflect, repeated for pads longer than the signal: a mirror with period 2(n-1).
        int period = 2 * (y.length - 1);
        int k = Math.floorMod(i, period);
        return y[k < y.length ? k : period - k];
    }
}
