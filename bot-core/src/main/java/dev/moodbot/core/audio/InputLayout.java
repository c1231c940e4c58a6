package dev.moodbot.core.audio;

import java.util.List;

/** How a model wants the MFCC matrix: librosa's {@code (1, nMfcc, frames)} or its transpose. */
enum InputLayout {
    COEFFICIENTS_FIRST,
    FRAMES_FIRST;

    /** From the manifest's {@code layout: [1, 13, 100]} or {@code [1, 100, 13]}. */
    static InputLayout of(List<Integer> shape, int nMfcc, int frames) {
        if (shape.size() == 3 && shape.get(0) == 1 && shape.get(1) == nMfcc && shape.get(2) == frames) {
            return COEFFICIENTS_FIRST;
        }
        if (shape.size() == 3 && shape.get(0) == 1 && shape.get(1) == frames && shape.get(2) == nMfcc) {
            return FRAMES_FIRST;
        }
        throw new IllegalArgumentException("layout must be [1, " + nMfcc + ", " + frames + "] or [1, " + frames
                + ", " + nMfcc + "]: " + shape);
    }

    /** The matrix flattened row-major in this layout, without the batch axis. */
    float[] flatten(double[][] mfcc) {
        int n = mfcc.length;
        int t = mfcc[0].length;
        float[] flat = new float[n * t];
        for (int c = 0; c < n; c++) {
            for (int f = 0; f < t; f++) {
                flat[this == COEFFICIENTS_FIRST ? c * t + f : f * n + c] = (float) mfcc[c][f];
            }
        }
        return flat;
    }

    long[] shape(int nMfcc, int frames) {
        return this == COEFFICIENTS_FIRST ? new long[] {nMfcc, frames} : new long[] {frames, nMfcc};
    }
}
