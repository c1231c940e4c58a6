package dev.moodbot.models.train;

import dev.moodbot.core.inference.DenseLayer;
import dev.moodbot.core.inference.EmotionHead;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.models.eval.Metrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one emotion head on encoder features: standardises the features, trains a {@link Network} for the given
 * epochs, keeps the epoch with the best dev macro-F1, and folds the standardisation into the first layer, so the
 * saved head reads the encoder's output directly.
 */
public final class HeadTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(HeadTrainer.class);
    private static final int BATCH = 64;
    private static final int K = Mood.values().length;

    /** A trained head, the settings that made it, and how it did on dev. */
    public record Trained(EmotionHead head, TrainSettings settings, double devMacroF1, int bestEpoch) {}

    private final String encoder;
    private final int maxTokens;

    public HeadTrainer(String encoder, int maxTokens) {
        this.encoder = encoder;
        this.maxTokens = maxTokens;
    }

    public Trained train(float[][] trainRaw, int[] trainY, float[][] devRaw, int[] devY, TrainSettings s) {
        float[][] train = select(trainRaw, s);
        float[][] dev = select(devRaw, s);
        int d = train[0].length;
        float[] mean = new float[d];
        float[] sd = new float[d];
        standardiser(train, mean, sd);
        standardise(train, mean, sd);
        standardise(dev, mean, sd);
        float[] classWeight = classWeights(trainY, s.balanced());
        Network net = new Network(d, s.hidden(), K, s.seed());
        Random random = new Random(s.seed());
        int[] order = java.util.stream.IntStream.range(0, train.length).toArray();
        double best = -1;
        int bestEpoch = 0;
        List<float[][]> bestParams = null;
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            shuffle(order, random);
            for (int from = 0; from < order.length; from += BATCH) {
                int rows = Math.min(BATCH, order.length - from);
                float[] x = new float[rows * d];
                int[] y = new int[rows];
                float[] w = new float[rows];
                for (int r = 0; r < rows; r++) {
                    int i = order[from + r];
                    System.arraycopy(train[i], 0, x, r * d, d);
                    y[r] = trainY[i];
                    w[r] = classWeight[trainY[i]];
                }
                net.trainStep(x, y, w, rows, s.learningRate(), s.weightDecay());
            }
            double f1 = Metrics.of(devY, net.predict(dev)).macroF1();
            LOG.debug("{} epoch {}: dev macro-F1 {}", s, epoch, f1);
            if (f1 > best) {
                best = f1;
                bestEpoch = epoch;
                bestParams = snapshot(net);
            }
        }
        LOG.info("{}: best dev macro-F1 {} at epoch {}", s, String.format("%.4f", best), bestEpoch);
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("settings", s.toString());
        notes.put("bestEpoch", bestEpoch);
        notes.put("devMacroF1", Math.round(best * 10_000) / 10_000.0);
        EmotionHead head = new EmotionHead(encoder, maxTokens, s.features(), labels(), layers(net, bestParams,
                mean, sd), notes);
        return new Trained(head, s, best, bestEpoch);
    }

    static List<String> labels() {
        return Arrays.stream(Mood.values()).map(Mood::key).toList();
    }

    private static float[][] select(float[][] raw, TrainSettings s) {
        float[][] out = new float[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            out[i] = s.features().select(raw[i]);
        }
        return out;
    }

    private static void standardiser(float[][] x, float[] mean, float[] sd) {
        for (float[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        for (float[] row : x) {
            for (int j = 0; j < sd.length; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            }
        }
        for (int j = 0; j < sd.length; j++) {
            sd[j] = (float) Math.max(Math.sqrt(sd[j]), 1e-6);
        }
    }

    private static void standardise(float[][] x, float[] mean, float[] sd) {
        for (float[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (row[j] - mean[j]) / sd[j];
            }
        }
    }

    private static float[] classWeights(int[] y, boolean balanced) {
        float[] w = new float[K];
        Arrays.fill(w, 1);
        if (balanced) {
            int[] counts = new int[K];
            for (int label : y) {
                counts[label]++;
            }
            for (int k = 0; k < K; k++) {
                w[k] = counts[k] == 0 ? 0 : (float) y.length / (K * counts[k]);
            }
        }
        return w;
    }

    /** Fisher–Yates, in place; shared by the trainers so that a seed means the same order everywhere. */
    static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static List<float[][]> snapshot(Network net) {
        List<float[][]> params = new ArrayList<>();
        for (Network.Layer layer : net.layers) {
            params.add(new float[][] {layer.w.clone(), layer.b.clone()});
        }
        return params;
    }

    /** Transposes back to {@code [outputs][inputs]} and folds {@code (x - mean) / sd} into the first layer. */
    private static List<DenseLayer> layers(Network net, List<float[][]> params, float[] mean, float[] sd) {
        List<DenseLayer> layers = new ArrayList<>();
        for (int l = 0; l < net.layers.size(); l++) {
            Network.Layer shape = net.layers.get(l);
            float[] wt = params.get(l)[0];
            float[] b = params.get(l)[1].clone();
            float[] w = new float[wt.length];
            for (int i = 0; i < shape.in; i++) {
                for (int o = 0; o < shape.out; o++) {
                    float v = wt[i * shape.out + o];
                    if (l == 0) {
                        v /= sd[i];
                        b[o] -= v * mean[i];
                    }
                    w[o * shape.in + i] = v;
                }
            }
            layers.add(new DenseLayer(shape.in, shape.out, w, b, shape.relu));
        }
        return layers;
    }
}
