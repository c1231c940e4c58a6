package dev.moodbot.core.ngram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A second linear layer over an {@link NgramModel}'s features that reads the 1–5 score itself, learnt from star
 * ratings (for Korean, NSMC's movie reviews), instead of deriving it from the mood distribution. Stored beside the
 * mood weights as {@value #WEIGHTS}: {@code dims x 5} float16, feature-major, then five float32 biases.
 *
 * @param weights {@code weights[feature * 5 + star - 1]}
 * @param bias one per star
 * @param temperature the logits are divided by it before softmax
 * @param training how it was trained and what it scored on held-out reviews
 */
public record NgramStars(float[] weights, float[] bias, double temperature, Map<String, Object> training) {
    public static final String WEIGHTS = "ngram-stars.bin";
    public static final int STARS = 5;

    public NgramStars {
        if (bias.length != STARS || weights.length % STARS != 0) {
            throw new IllegalArgumentException("a star head has " + STARS + " outputs: got " + bias.length
                    + " biases and " + weights.length + " weights");
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0: " + temperature);
        }
        training = Collections.unmodifiableMap(new LinkedHashMap<>(training));
    }

    /** The raw score of each star, 1 to 5, for one text's features. */
    public float[] logits(SparseVector x) {
        return x.times(weights, bias);
    }

    /** The probability of each star, 1 to 5. */
    public double[] probabilities(SparseVector x) {
        float[] z = logits(x);
        double max = Double.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v / temperature);
        }
        double[] p = new double[STARS];
        double sum = 0;
        for (int s = 0; s < STARS; s++) {
            p[s] = Math.exp(z[s] / temperature - max);
            sum += p[s];
        }
        for (int s = 0; s < STARS; s++) {
            p[s] /= sum;
        }
        return p;
    }

    /**
     * The median star, 1 to 5: the reading that is off by the fewest stars on average. The expected value would
     * pull every text towards 3, as the ratings pile up at 5 and 1, and get the plainest 5s and 1s wrong.
     */
    public int stars(SparseVector x) {
        double[] p = probabilities(x);
        double below = 0;
        for (int s = 0; s < STARS - 1; s++) {
            below += p[s];
            if (below >= 0.5) {
                return s + 1;
            }
        }
        return STARS;
    }
}
