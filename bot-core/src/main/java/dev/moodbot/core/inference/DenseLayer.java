package dev.moodbot.core.inference;

import java.util.Objects;

/**
 * One fully connected layer of an emotion head: {@code y = W x + b}, optionally followed by ReLU.
 *
 * @param weights row-major {@code [outputs][inputs]}
 */
public record DenseLayer(int inputs, int outputs, float[] weights, float[] bias, boolean relu) {
    public DenseLayer {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(bias, "bias");
        if (inputs < 1 || outputs < 1 || weights.length != inputs * outputs || bias.length != outputs) {
            throw new IllegalArgumentException("layer " + inputs + "->" + outputs + " has " + weights.length
                    + " weights and " + bias.length + " biases");
        }
    }

    public float[] apply(float[] x) {
        float[] y = new float[outputs];
        for (int o = 0; o < outputs; o++) {
            float sum = bias[o];
            int row = o * inputs;
            for (int i = 0; i < inputs; i++) {
                sum += weights[row + i] * x[i];
            }
            y[o] = relu && sum < 0 ? 0 : sum;
        }
        return y;
    }
}
