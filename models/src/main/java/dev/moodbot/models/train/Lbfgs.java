package dev.moodbot.models.train;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search, for smooth convex objectives such as L2-penalised
 * logistic regression: the solver scikit-learn's {@code LogisticRegression} uses by default.
 */
final class Lbfgs {
    /** Writes the gradient at {@code x} into {@code grad} and returns the objective's value. */
    @FunctionalInterface
    interface Objective {
        double evaluate(double[] x, double[] grad);
    }

    private static final int MEMORY = 10;

    private Lbfgs() {}

    /** Minimises from {@code x} (updated in place) for at most {@code iterations} steps. */
    static double minimize(Objective f, double[] x, int iterations, double tolerance) {
        int n = x.length;
        double[] g = new double[n];
        double fx = f.evaluate(x, g);
        Deque<double[][]> history = new ArrayDeque<>();
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        for (int it = 0; it < iterations; it++) {
            double[] d = direction(g, history);
            double slope = dot(g, d);
            if (slope >= 0) {
                history.clear();
                d = negate(g);
                slope = dot(g, d);
            }
            double step = it == 0 ? 1 / Math.max(Math.sqrt(dot(g, g)), 1e-12) : 1;
            double fNew;
            while (true) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + step * d[i];
                }
                fNew = f.evaluate(xNew, gNew);
                if (fNew <= fx + 1e-4 * step * slope || step < 1e-12) {
                    break;
                }
                step *= 0.5;
            }
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
            }
            if (dot(s, y) > 1e-12) {
                history.addLast(new double[][] {s, y});
                if (history.size() > MEMORY) {
                    history.removeFirst();
                }
            }
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            boolean converged = Math.abs(fx - fNew) <= tolerance * Math.max(1, Math.abs(fx));
            fx = fNew;
            if (converged) {
                break;
            }
        }
        return fx;
    }

    /** The two-loop recursion: {@code -H g} for the inverse-Hessian estimate {@code H} held in {@code history}. */
    private static double[] direction(double[] g, Deque<double[][]> history) {
        double[] q = g.clone();
        int m = history.size();
        double[] alpha = new double[m];
        double[][][] pairs = history.toArray(new double[0][][]);
        for (int k = m - 1; k >= 0; k--) {
            double[] s = pairs[k][0];
            double[] y = pairs[k][1];
            alpha[k] = dot(s, q) / dot(y, s);
            axpy(-alpha[k], y, q);
        }
        if (m > 0) {
            double[] s = pairs[m - 1][0];
            double[] y = pairs[m - 1][1];
            double gamma = dot(s, y) / dot(y, y);
            for (int i = 0; i < q.length; i++) {
                q[i] *= gamma;
            }
        }
        for (int k = 0; k < m; k++) {
            double[] s = pairs[k][0];
            double[] y = pairs[k][1];
            double beta = dot(y, q) / dot(y, s);
            axpy(alpha[k] - beta, s, q);
        }
        return negate(q);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double[] negate(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = -a[i];
        }
        return out;
    }
}
