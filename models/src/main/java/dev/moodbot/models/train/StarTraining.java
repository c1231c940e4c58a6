package dev.moodbot.models.train;

import dev.moodbot.core.ngram.NgramFeatureSpec;
import dev.moodbot.core.ngram.NgramStars;
import dev.moodbot.core.ngram.SparseVector;
import dev.moodbot.core.text.TextNormalizer;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.data.NsmcReader.Review;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A star head ({@link NgramStars}) learnt from rated reviews: five-way logistic regression over the mood model's own
 * features, every review weighing the same, so the head keeps the ratings' own spread (most reviews are 5 stars) as
 * its prior. Fitted by the same SGD as the mood model, deterministic for a seed.
 */
public final class StarTraining {
    private final double lambda;
    private final int epochs;
    private final long seed;
    private final int maxChars;

    public StarTraining(double lambda, int epochs, long seed, int maxChars) {
        this.lambda = lambda;
        this.epochs = epochs;
        this.seed = seed;
        this.maxChars = maxChars;
    }

    /** Fits the head on {@code reviews}; {@code notes} go into its manifest. */
    public NgramStars fit(NgramFeatureSpec spec, List<Review> reviews, Map<String, Object> notes) {
        SparseVector[] x = features(spec, reviews.stream().map(Review::text).toList());
        double[][] targets = new double[x.length][NgramStars.STARS];
        for (int i = 0; i < x.length; i++) {
            targets[i][reviews.get(i).stars() - 1] = 1;
        }
        double[] weights = new double[x.length];
        Arrays.fill(weights, 1);
        SoftmaxRegression.Fitted fitted = new SoftmaxRegression(spec.dims(), NgramStars.STARS, lambda, epochs, seed)
                .fit(x, targets, weights);
        Map<String, Object> all = new LinkedHashMap<>(notes);
        all.put("classifier", "5-way logistic regression, L2 " + lambda + ", fitted by SGD (" + fitted.epochs()
                + " epochs, final training loss " + String.format(Locale.ROOT, "%.5f", fitted.loss()) + ")");
        return new NgramStars(fitted.weights(), fitted.bias(), 1.0, all);
    }

    /** The head's logits on each row's text, read as training reads it. */
    public float[][] logits(NgramStars head, NgramFeatureSpec spec, Dataset rows) {
        return Arrays.stream(features(spec, rows.rows().stream().map(LabelledText::text).toList()))
                .map(head::logits).toArray(float[][]::new);
    }

    /** Each text's features, read as the mood model's training reads it. */
    private SparseVector[] features(NgramFeatureSpec spec, List<String> texts) {
        TextNormalizer normalizer = new TextNormalizer(maxChars);
        return NgramTraining.extract(spec, texts.parallelStream().map(t -> normalizer.normalize(t).text()).toList());
    }
}
