package dev.moodbot.core.ngram;

/**
 * A text's features: ascending hashed indices with their values, L2-normalised.
 *
 * @param indices feature indices, ascending and distinct
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
}
