package dev.moodbot.core.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Array arithmetic on flat model outputs; ONNX Runtime's NDArrays do not offer these operations themselves. */
final class Pooling {
    private Pooling() {}

    static List<float[]> rows(float[] data, int rows, int width) {
        List<float[]> result = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            result.add(Arrays.copyOfRange(data, r * width, (r + 1) * width));
        }
        return result;
    }

    /**
     * Mean then max over each row's real tokens (padding excluded), concatenated: {@code [mean(hidden) | max(hidden)]}.
     */
    static List<float[]> meanMax(float[] data, int[] lengths, int tokens, int hidden) {
        List<float[]> result = new ArrayList<>(lengths.length);
        for (int r = 0; r < lengths.length; r++) {
            float[] pooled = new float[2 * hidden];
            Arrays.fill(pooled, hidden, 2 * hidden, Float.NEGATIVE_INFINITY);
            int base = r * tokens * hidden;
            for (int t = 0; t < lengths[r]; t++) {
                int offset = base + t * hidden;
                for (int h = 0; h < hidden; h++) {
                    float v = data[offset + h];
                    pooled[h] += v;
                    if (v > pooled[hidden + h]) {
                        pooled[hidden + h] = v;
                    }
                }
            }
            for (int h = 0; h < hidden; h++) {
                pooled[h] /= lengths[r];
            }
            result.add(pooled);
        }
        return result;
    }
}
