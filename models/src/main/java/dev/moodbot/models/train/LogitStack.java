package dev.moodbot.models.train;

/**
 * A second-level softmax regression over two heads' logits: {@code z = A z1 + B z2 + c}, with {@code A} a full
 * {@code k x k} matrix and {@code B} a full {@code k x m} one (the second head may have other outputs, such as a
 * star head's five), fitted on held-out logits (L-BFGS, L2 penalty, moods weighted by
 * {@code (n / (k n_c))^0.5}). It can take one mood's evidence from one head and another's from the other, which
 * one blend weight cannot; and since it is linear in the logits, a stack of two linear heads is again one linear
 * layer ({@link #apply(float[], float[])} per feature row).
 *
 * @param a {@code a[out][in]}, applied to the first head's logits
 * @param b {@code b[out][in]}, applied to the second head's logits ({@code m} of them)
 * @param c one bias per mood
 */
public record LogitStack(double[][] a, double[][] b, double[] c) {
    private static final double LAMBDA = 1e-3;
    private static final int ITERATIONS = 200;

    /**
     * Fits the stack on rows whose two heads' logits are {@code z1[i]}, {@code z2[i]} and gold mood {@code y[i]},
     * starting from (and pulled towards) the even blend of two mood heads.
     */
    public static LogitStack fit(float[][] z1, float[][] z2, int[] y) {
        int k = z1[0].length;
        return fit(z1, z2, y, scaledIdentity(k, k, 0.5), scaledIdentity(k, k, 0.5));
    }

    /** {@code v} on the diagonal of an {@code rows x cols} matrix. */
    public static double[][] scaledIdentity(int rows, int cols, double v) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < Math.min(rows, cols); i++) {
            m[i][i] = v;
        }
        return m;
    }

    /** As {@link #fit(float[][], float[][], int[])}, starting from and pulled towards {@code startA}, {@code startB}. */
    public static LogitStack fit(float[][] z1, float[][] z2, int[] y, double[][] startA, double[][] startB) {
        int k = z1[0].length;
        int m = z2[0].length;
        int n = y.length;
        int[] counts = new int[k];
        for (int label : y) {
            counts[label]++;
        }
        double[] classWeight = new double[k];
        for (int c = 0; c < k; c++) {
            classWeight[c] = counts[c] == 0 ? 0 : Math.sqrt((double) n / (k * counts[c]));
        }
        int width = k + m + 1;
        double[] p = new double[k * width];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < k; j++) {
                p[c * width + j] = startA[c][j];
            }
            for (int j = 0; j < m; j++) {
                p[c * width + k + j] = startB[c][j];
            }
        }
        double[] start = p.clone();
        Lbfgs.minimize((w, grad) -> {
            java.util.Arrays.fill(grad, 0);
            double loss = 0;
            double[] z = new double[k];
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = w[c * width + k + m];
                    for (int j = 0; j < k; j++) {
                        s += w[c * width + j] * z1[i][j];
                    }
                    for (int j = 0; j < m; j++) {
                        s += w[c * width + k + j] * z2[i][j];
                    }
                    z[c] = s;
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    z[c] = Math.exp(z[c] - max);
                    sum += z[c];
                }
                double weight = classWeight[y[i]] / n;
                loss -= weight * Math.log(Math.max(z[y[i]] / sum, 1e-300));
                for (int c = 0; c < k; c++) {
                    double d = weight * (z[c] / sum - (c == y[i] ? 1 : 0));
                    for (int j = 0; j < k; j++) {
                        grad[c * width + j] += d * z1[i][j];
                    }
                    for (int j = 0; j < m; j++) {
                        grad[c * width + k + j] += d * z2[i][j];
                    }
                    grad[c * width + k + m] += d;
                }
            }
            for (int j = 0; j < w.length; j++) {
                if (j % width != k + m) {
                    loss += 0.5 * LAMBDA * (w[j] - start[j]) * (w[j] - start[j]);
                    grad[j] += LAMBDA * (w[j] - start[j]);
                }
            }
            return loss;
        }, p, ITERATIONS, 1e-8);
        double[][] a = new double[k][k];
        double[][] b = new double[k][m];
        double[] c = new double[k];
        for (int o = 0; o < k; o++) {
            for (int j = 0; j < k; j++) {
                a[o][j] = p[o * width + j];
            }
            for (int j = 0; j < m; j++) {
                b[o][j] = p[o * width + k + j];
            }
            c[o] = p[o * width + k + m];
        }
        return new LogitStack(a, b, c);
    }

    /**
     * Each row's stacked logits from a stack fitted without that row's fold ({@code i % folds}), so that the stack
     * is scored on rows it was not fitted on; started from {@code startA}, {@code startB} as in
     * {@link #fit(float[][], float[][], int[], double[][], double[][])}.
     */
    public static float[][] crossFitted(float[][] z1, float[][] z2, int[] y, int folds, double[][] startA,
            double[][] startB) {
        float[][] out = new float[y.length][];
        for (int f = 0; f < folds; f++) {
            int fold = f;
            int[] in = java.util.stream.IntStream.range(0, y.length).filter(i -> i % folds != fold).toArray();
            LogitStack stack = fit(pick(z1, in), pick(z2, in), java.util.Arrays.stream(in).map(i -> y[i]).toArray(),
                    startA, startB);
            for (int i = fold; i < y.length; i += folds) {
                out[i] = stack.apply(z1[i], z2[i]);
            }
        }
        return out;
    }

    private static float[][] pick(float[][] x, int[] rows) {
        return java.util.Arrays.stream(rows).mapToObj(i -> x[i]).toArray(float[][]::new);
    }

    /**
     * The stack of two linear layers over the same features as one linear layer: each feature's row of weights
     * stacked (without the bias). Both are feature-major, {@code k} and {@code m} outputs a feature.
     */
    public float[] foldWeights(float[] w1, float[] w2) {
        int k = a[0].length;
        int m = b[0].length;
        float[] out = new float[w1.length / k * c.length];
        float[] row1 = new float[k];
        float[] row2 = new float[m];
        for (int f = 0; f < w1.length / k; f++) {
            System.arraycopy(w1, f * k, row1, 0, k);
            System.arraycopy(w2, f * m, row2, 0, m);
            System.arraycopy(apply(row1, row2, false), 0, out, f * c.length, c.length);
        }
        return out;
    }

    /** The stacked logits of one row, or, without the bias, the stacked weights of one feature. */
    public float[] apply(float[] z1, float[] z2) {
        return apply(z1, z2, true);
    }

    float[] apply(float[] z1, float[] z2, boolean withBias) {
        int k = c.length;
        float[] out = new float[k];
        for (int o = 0; o < k; o++) {
            double s = withBias ? c[o] : 0;
            for (int j = 0; j < z1.length; j++) {
                s += a[o][j] * z1[j];
            }
            for (int j = 0; j < z2.length; j++) {
                s += b[o][j] * z2[j];
            }
            out[o] = (float) s;
        }
        return out;
    }
}
