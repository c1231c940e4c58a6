package dev.moodbot.core.ngram;

/**
 * A text's features: distinct feature indices with their values, L2-normalised; the hashed n-gram features of
 * {@link NgramFeatures} and the TF-IDF terms of {@code inference.NgramFeatures} alike.
 *
 * @param indices feature indices, distinct (ascending for hashed n-grams)
 * @param values one value per index
 */
public record SparseVector(int[] indices, float[] values) {
    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException(indices.length + " indices, " + values.length + " values");
        }
    }

    public int size() {
        return indices.length;
    }

    /**
     * The linear layer {@code bias + x W} over these features, {@code W} stored feature-major:
     * {@code weights[index * bias.length + output]}.
     */
    public float[] times(float[] weights, float[] bias) {
        int k = bias.length;
        float[] out = bias.clone();
        for (int i = 0; i < indices.length; i++) {
            int row = indices[i] * k;
            float v = values[i];
            for (int c = 0; c < k; c++) {
                out[c] += v * weights[row + c];
            }
        }
        return out;
    }
}
