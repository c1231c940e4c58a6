package dev.moodbot.models.train;

import dev.moodbot.core.inference.NgramFeatures;
import dev.moodbot.core.ngram.SparseVector;
import dev.moodbot.core.inference.NgramLayer;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.models.LabelledText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multinomial logistic regression over TF-IDF word 1-2-grams with class-balanced weights, as scikit-learn's
 * {@code LogisticRegression(class_weight="balanced")} fits it (L2 penalty {@code 1/(2C)}, solved by L-BFGS): the
 * bag-of-words baseline {@code eval} prints, and the n-gram half of a hybrid head.
 */
public final class NgramTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(NgramTrainer.class);
    private static final int K = Mood.values().length;

    /**
     * @param minDf a term must occur in at least this many training texts
     * @param c inverse regularisation strength, scikit-learn's {@code C}
     * @param iterations the most L-BFGS steps
     */
    public record Settings(int minDf, double c, int iterations) {
        /** scikit-learn's defaults ({@code C = 1}), with rare terms dropped. */
        public static Settings defaults() {
            return new Settings(2, 1.0, 300);
        }
    }

    private final Settings settings;

    public NgramTrainer(Settings settings) {
        this.settings = settings;
    }

    public NgramLayer train(List<LabelledText> rows) {
        NgramFeatures features = vocabulary(rows.stream().map(LabelledText::text).toList(), settings.minDf());
        List<SparseVector> x = rows.stream().map(row -> features.vector(row.text())).toList();
        int[] y = rows.stream().mapToInt(row -> row.mood().ordinal()).toArray();
        float[] classWeight = balancedWeights(y);
        int v = features.size();
        double[] params = new double[v * K + K];
        // sklearn: C * sum_i w_i CE_i + ||W||^2 / 2, divided here by C * n so the values stay near 1.
        double lambda = 1 / (settings.c() * x.size());
        long start = System.nanoTime();
        double loss = Lbfgs.minimize((p, grad) -> {
            java.util.Arrays.fill(grad, 0);
            double total = 0;
            float[] z = new float[K];
            for (int i = 0; i < x.size(); i++) {
                SparseVector row = x.get(i);
                for (int c = 0; c < K; c++) {
                    z[c] = (float) p[v * K + c];
                }
                for (int n = 0; n < row.indices().length; n++) {
                    int base = row.indices()[n] * K;
                    for (int c = 0; c < K; c++) {
                        z[c] += (float) (row.values()[n] * p[base + c]);
                    }
                }
                double[] prob = Network.softmax(z, 0, K);
                double weight = classWeight[y[i]] / x.size();
                total -= weight * Math.log(Math.max(prob[y[i]], 1e-300));
                for (int c = 0; c < K; c++) {
                    double d = weight * (prob[c] - (c == y[i] ? 1 : 0));
                    grad[v * K + c] += d;
                    for (int n = 0; n < row.indices().length; n++) {
                        grad[row.indices()[n] * K + c] += row.values()[n] * d;
                    }
                }
            }
            for (int j = 0; j < v * K; j++) {
                total += 0.5 * lambda * p[j] * p[j];
                grad[j] += lambda * p[j];
            }
            return total;
        }, params, settings.iterations(), 1e-7);
        LOG.info("n-gram LR: {} terms, loss {} after {} s", v, String.format("%.4f", loss),
                (System.nanoTime() - start) / 1_000_000_000);
        float[] w = new float[v * K];
        float[] b = new float[K];
        for (int j = 0; j < w.length; j++) {
            w[j] = (float) params[j];
        }
        for (int c = 0; c < K; c++) {
            b[c] = (float) params[v * K + c];
        }
        return new NgramLayer(features, K, w, b);
    }

    /** scikit-learn's smooth idf: {@code ln((1 + n) / (1 + df)) + 1}. */
    static NgramFeatures vocabulary(List<String> texts, int minDf) {
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            Set<String> seen = new HashSet<>(NgramFeatures.terms(text));
            seen.forEach(term -> df.merge(term, 1, Integer::sum));
        }
        List<String> terms = new ArrayList<>(df.entrySet().stream().filter(e -> e.getValue() >= minDf)
                .map(Map.Entry::getKey).sorted().toList());
        float[] idf = new float[terms.size()];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = (float) (Math.log((1.0 + texts.size()) / (1.0 + df.get(terms.get(t)))) + 1);
        }
        return new NgramFeatures(terms, idf);
    }

    static float[] balancedWeights(int[] y) {
        int[] counts = new int[K];
        for (int label : y) {
            counts[label]++;
        }
        float[] w = new float[K];
        for (int k = 0; k < K; k++) {
            w[k] = counts[k] == 0 ? 0 : (float) y.length / (K * counts[k]);
        }
        return w;
    }
}
