package dev.moodbot.core.inference;

/** How a classifier's logits become label probabilities. */
enum Activation {
    /** One label per text ({@code single_label_classification}, the Hugging Face default). */
    SOFTMAX,
    /** Independent labels ({@code multi_label_classification}); the sigmoids are then scaled to sum to 1. */
    SIGMOID;

    double[] apply(float[] logits) {
        double[] p = new double[logits.length];
        if (this == SIGMOID) {
            for (int i = 0; i < p.length; i++) {
                p[i] = 1 / (1 + Math.exp(-logits[i]));
            }
            return p;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (float logit : logits) {
            max = Math.max(max, logit);
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
        }
        return p;
    }
}
