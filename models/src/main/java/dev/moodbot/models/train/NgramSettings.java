package dev.moodbot.models.train;

import dev.moodbot.core.ngram.NgramFeatureSpec;
import java.util.Locale;

/**
 * One point of the n-gram training grid.
 *
 * @param features which features are extracted
 * @param lambda the L2 penalty on the weights
 * @param classWeightPower rows of mood {@code c} weigh {@code (n / (moods * n_c)) ^ power}: 0 weighs every row alike,
 *     1 makes each mood count as much as any other, values between trade accuracy for recall on rare moods
 * @param spread the training target is {@code (1 - spread) * gold + spread * the row's label shares}: 0 learns the
 *     gold mood alone, more also learns which other moods the annotators saw
 */
public record NgramSettings(NgramFeatureSpec features, double lambda, double classWeightPower, double spread) {
    public NgramSettings {
        if (!(lambda > 0) || classWeightPower < 0 || classWeightPower > 1 || spread < 0 || spread > 1) {
            throw new IllegalArgumentException("bad settings: lambda " + lambda + ", class weight power "
                    + classWeightPower + ", spread " + spread);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s lambda=%g classWeightPower=%g spread=%g", features, lambda,
                classWeightPower, spread);
    }
}
