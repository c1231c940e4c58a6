package dev.moodbot.models.train;

import dev.moodbot.core.inference.FeatureSpec;

/**
 * One point of the head-training grid.
 *
 * @param features which pooled features, normalised or not
 * @param hidden width of the hidden ReLU layer; 0 trains multinomial logistic regression
 * @param weightDecay L2 penalty on the weights
 * @param epochs passes over the training rows; the epoch with the best dev macro-F1 is kept
 * @param learningRate Adam's step size
 * @param balanced weight each class by {@code n / (classes * n_class)} so rare moods count as much as common ones
 * @param seed for shuffling and initial weights, so a run can be repeated
 */
public record TrainSettings(FeatureSpec features, int hidden, double weightDecay, int epochs, double learningRate,
        boolean balanced, long seed) {
    public TrainSettings {
        if (hidden < 0 || epochs < 1 || learningRate <= 0 || weightDecay < 0) {
            throw new IllegalArgumentException("bad settings: " + hidden + " hidden, " + epochs + " epochs, lr "
                    + learningRate + ", weight decay " + weightDecay);
        }
    }

    @Override
    public String toString() {
        return String.format("pooling=%s l2norm=%s hidden=%d wd=%g epochs=%d lr=%g balanced=%s", features.pooling(),
                features.l2Normalize(), hidden, weightDecay, epochs, learningRate, balanced);
    }
}
