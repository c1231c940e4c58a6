package dev.moodbot.core.inference;

/**
 * Which pooled encoder features a head reads, from the encoder's {@code [mean | max]} vector.
 *
 * @param withMax also read the max-pooled half; otherwise only the mean
 * @param l2Normalize scale the (concatenated) vector to unit length first
 */
public record FeatureSpec(boolean withMax, boolean l2Normalize) {
    public static FeatureSpec parse(String pooling, boolean l2Normalize) {
        return switch (pooling) {
            case "mean" -> new FeatureSpec(false, l2Normalize);
            case "mean+max" -> new FeatureSpec(true, l2Normalize);
            default -> throw new IllegalArgumentException("pooling must be 'mean' or 'mean+max': " + pooling);
        };
    }

    public String pooling() {
        return withMax ? "mean+max" : "mean";
    }

    /** The head's input from the encoder's raw {@code [mean | max]} output. */
    public float[] select(float[] meanMax) {
        int n = withMax ? meanMax.length : meanMax.length / 2;
        float[] x = java.util.Arrays.copyOf(meanMax, n);
        if (l2Normalize) {
            double norm = 0;
            for (float v : x) {
                norm += v * v;
            }
            float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
            for (int i = 0; i < n; i++) {
                x[i] *= scale;
            }
        }
        return x;
    }
}
