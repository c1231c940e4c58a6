package dev.moodbot.models.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small feed-forward classifier (ReLU hidden layers, softmax output) trained with Adam on weighted cross-entropy.
 * Weights are kept transposed ({@code [inputs][outputs]}) so the inner loops run over contiguous memory.
 */
final class Network {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;

    final List<Layer> layers = new ArrayList<>();
    private int step;

    static final class Layer {
        final int in;
        final int out;
        final boolean relu;
        final float[] w;
        final float[] b;
        final float[] gw;
        final float[] gb;
        private final float[] mw;
        private final float[] vw;
        private final float[] mb;
        private final float[] vb;

        Layer(int in, int out, boolean relu, Random random) {
            this.in = in;
            this.out = out;
            this.relu = relu;
            this.w = new float[in * out];
            this.b = new float[out];
            double scale = Math.sqrt((relu ? 2.0 : 1.0) / in);
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (random.nextGaussian() * scale);
            }
            gw = new float[w.length];
            gb = new float[out];
            mw = new float[w.length];
            vw = new float[w.length];
            mb = new float[out];
            vb = new float[out];
        }

        /** {@code y[r] = x[r] W + b} for each of {@code rows} rows, ReLU applied when set. */
        float[] forward(float[] x, int rows) {
            float[] y = new float[rows * out];
            for (int r = 0; r < rows; r++) {
                int yo = r * out;
                System.arraycopy(b, 0, y, yo, out);
                for (int i = 0; i < in; i++) {
                    float xv = x[r * in + i];
                    if (xv == 0) {
                        continue;
                    }
                    int wo = i * out;
                    for (int o = 0; o < out; o++) {
                        y[yo + o] += xv * w[wo + o];
                    }
                }
                if (relu) {
                    for (int o = 0; o < out; o++) {
                        y[yo + o] = Math.max(0, y[yo + o]);
                    }
                }
            }
            return y;
        }

        /** Accumulates gradients for {@code dy} (already through ReLU) and returns the gradient of the input. */
        float[] backward(float[] x, float[] dy, int rows, boolean needInput) {
            float[] dx = needInput ? new float[rows * in] : null;
            for (int r = 0; r < rows; r++) {
                int yo = r * out;
                for (int o = 0; o < out; o++) {
                    gb[o] += dy[yo + o];
                }
                for (int i = 0; i < in; i++) {
                    float xv = x[r * in + i];
                    int wo = i * out;
                    if (xv != 0) {
                        for (int o = 0; o < out; o++) {
                            gw[wo + o] += xv * dy[yo + o];
                        }
                    }
                    if (needInput) {
                        float sum = 0;
                        for (int o = 0; o < out; o++) {
                            sum += w[wo + o] * dy[yo + o];
                        }
                        dx[r * in + i] = sum;
                    }
                }
            }
            return dx;
        }

        void adam(double lr, double weightDecay, int step, int rows) {
            double c1 = 1 - Math.pow(BETA1, step);
            double c2 = 1 - Math.pow(BETA2, step);
            update(w, gw, mw, vw, lr, weightDecay, c1, c2, rows);
            update(b, gb, mb, vb, lr, 0, c1, c2, rows);
        }

        private static void update(float[] p, float[] g, float[] m, float[] v, double lr, double wd, double c1,
                double c2, int rows) {
            for (int i = 0; i < p.length; i++) {
                double grad = g[i] / rows + wd * p[i];
                m[i] = (float) (BETA1 * m[i] + (1 - BETA1) * grad);
                v[i] = (float) (BETA2 * v[i] + (1 - BETA2) * grad * grad);
                p[i] -= (float) (lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8));
                g[i] = 0;
            }
        }
    }

    Network(int inputs, int hidden, int classes, long seed) {
        Random random = new Random(seed);
        if (hidden > 0) {
            layers.add(new Layer(inputs, hidden, true, random));
            layers.add(new Layer(hidden, classes, false, random));
        } else {
            layers.add(new Layer(inputs, classes, false, random));
        }
    }

    /** One Adam step on a mini-batch; {@code weights} are per-row loss weights. */
    void trainStep(float[] x, int[] y, float[] weights, int rows, double lr, double weightDecay) {
        List<float[]> activations = new ArrayList<>();
        activations.add(x);
        for (Layer layer : layers) {
            activations.add(layer.forward(activations.getLast(), rows));
        }
        float[] logits = activations.getLast();
        int k = layers.getLast().out;
        float[] d = new float[rows * k];
        for (int r = 0; r < rows; r++) {
            double[] p = softmax(logits, r * k, k);
            for (int c = 0; c < k; c++) {
                d[r * k + c] = (float) (weights[r] * (p[c] - (c == y[r] ? 1 : 0)));
            }
        }
        step++;
        for (int l = layers.size() - 1; l >= 0; l--) {
            Layer layer = layers.get(l);
            float[] input = activations.get(l);
            float[] dx = layer.backward(input, d, rows, l > 0);
            if (l > 0) {
                // The previous layer's ReLU passes gradient only where it was active.
                for (int i = 0; i < dx.length; i++) {
                    if (input[i] <= 0) {
                        dx[i] = 0;
                    }
                }
            }
            d = dx;
        }
        for (Layer layer : layers) {
            layer.adam(lr, weightDecay, step, rows);
        }
    }

    int[] predict(float[][] x) {
        int[] out = new int[x.length];
        for (int r = 0; r < x.length; r++) {
            float[] a = x[r];
            for (Layer layer : layers) {
                a = layer.forward(a, 1);
            }
            int best = 0;
            for (int c = 1; c < a.length; c++) {
                if (a[c] > a[best]) {
                    best = c;
                }
            }
            out[r] = best;
        }
        return out;
    }

    static double[] softmax(float[] logits, int offset, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, logits[offset + c]);
        }
        double[] p = new double[k];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            p[c] = Math.exp(logits[offset + c] - max);
            sum += p[c];
        }
        for (int c = 0; c < k; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
