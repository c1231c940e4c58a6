package dev.moodbot.models.train;

import dev.moodbot.core.ngram.SparseVector;
import java.util.Random;

/**
 * Multinomial logistic regression on sparse features, fitted by stochastic gradient descent on the weighted
 * cross-entropy plus {@code lambda/2 * |W|^2} (the bias is not penalised), with the step size
 * {@code eta0 / (1 + eta0 * lambda * t)} of Bottou's "SGD tricks" (sklearn's {@code SGDClassifier} uses the same).
 * The penalty shrinks every weight each step; as in Bottou's svmsgd, it is kept as one scale factor on the weight
 * vector, so a step costs only the features of its row. The result is the average of the weights at the end of
 * each epoch of the second half (tail averaging), which removes most of the noise of the last steps. The rows'
 * order comes from a seeded shuffle each epoch: the same seed gives the same weights.
 */
final class SoftmaxRegression {
    private static final double ETA0 = 0.5;
    private static final double RESCALE_BELOW = 1e-6;

    /** Weights over the whole hashed space, {@code w[feature * k + label]}, and one bias per label. */
    record Fitted(float[] weights, float[] bias, int epochs, double loss) {}

    private final int dims;
    private final int k;
    private final double lambda;
    private final int epochs;
    private final long seed;

    SoftmaxRegression(int dims, int k, double lambda, int epochs, long seed) {
        this.dims = dims;
        this.k = k;
        this.lambda = lambda;
        this.epochs = epochs;
        this.seed = seed;
    }

    /**
     * @param targets one distribution over the {@code k} labels per row (one-hot for a single gold label)
     * @param rowWeight how much each row counts; scaled to mean 1
     */
    Fitted fit(SparseVector[] x, double[][] targets, double[] rowWeight) {
        double[] v = new double[dims * k];
        double[] bias = new double[k];
        double scale = 1;
        double meanWeight = java.util.Arrays.stream(rowWeight).average().orElse(1);
        int[] order = java.util.stream.IntStream.range(0, x.length).toArray();
        Random random = new Random(seed);
        double[] p = new double[k];
        double[] meanV = new double[v.length];
        double[] meanBias = new double[k];
        int averaged = 0;
        long t = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            HeadTrainer.shuffle(order, random);
            for (int i : order) {
                probabilities(x[i], v, scale, bias, p);
                double eta = ETA0 / (1 + ETA0 * lambda * t++);
                scale *= 1 - eta * lambda;
                double w = rowWeight[i] / meanWeight;
                int[] features = x[i].indices();
                float[] values = x[i].values();
                for (int c = 0; c < k; c++) {
                    double g = w * (p[c] - targets[i][c]);
                    if (g == 0) {
                        continue;
                    }
                    bias[c] -= eta * g;
                    double step = eta * g / scale;
                    for (int j = 0; j < features.length; j++) {
                        v[features[j] * k + c] -= step * values[j];
                    }
                }
                if (scale < RESCALE_BELOW) {
                    for (int j = 0; j < v.length; j++) {
                        v[j] *= scale;
                    }
                    scale = 1;
                }
            }
            if (2 * epoch >= epochs - 1) {
                averaged++;
                for (int j = 0; j < v.length; j++) {
                    meanV[j] += (v[j] * scale - meanV[j]) / averaged;
                }
                for (int c = 0; c < k; c++) {
                    meanBias[c] += (bias[c] - meanBias[c]) / averaged;
                }
            }
        }
        float[] weights = new float[v.length];
        double squares = 0;
        for (int j = 0; j < v.length; j++) {
            weights[j] = (float) meanV[j];
            squares += meanV[j] * meanV[j];
        }
        float[] b = new float[k];
        for (int c = 0; c < k; c++) {
            b[c] = (float) meanBias[c];
        }
        return new Fitted(weights, b, epochs, loss(x, targets, rowWeight, meanV, 1, meanBias) + lambda / 2 * squares);
    }

    private double loss(SparseVector[] x, double[][] targets, double[] rowWeight, double[] v, double scale,
            double[] bias) {
        double[] p = new double[k];
        double loss = 0;
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            probabilities(x[i], v, scale, bias, p);
            for (int c = 0; c < k; c++) {
                if (targets[i][c] > 0) {
                    loss -= rowWeight[i] * targets[i][c] * Math.log(Math.max(p[c], 1e-300));
                }
            }
            total += rowWeight[i];
        }
        return loss / total;
    }

    private void probabilities(SparseVector x, double[] v, double scale, double[] bias, double[] p) {
        int[] features = x.indices();
        float[] values = x.values();
        for (int c = 0; c < k; c++) {
            double z = 0;
            for (int j = 0; j < features.length; j++) {
                z += values[j] * v[features[j] * k + c];
            }
            p[c] = z * scale + bias[c];
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double z : p) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < k; c++) {
            p[c] /= sum;
        }
    }
}
