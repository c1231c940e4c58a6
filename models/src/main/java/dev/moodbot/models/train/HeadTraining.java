package dev.moodbot.models.train;

import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.inference.EmotionHead;
import dev.moodbot.core.inference.NgramLayer;
import dev.moodbot.core.inference.SentenceEncoder;
import dev.moodbot.models.eval.CalibrationError;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole {@code train-head} run: encode the training and dev rows with the embedded encoder (cached), train
 * every point of the grid, keep the best on dev, write it as a head folder.
 */
public final class HeadTraining {
    /** The fp32 all-MiniLM-L6-v2; {@code all-minilm-l6-v2-q} is its int8 twin. */
    public static final String ENCODER = "all-minilm-l6-v2";
    public static final int MAX_TOKENS = 128;
    private static final Logger LOG = LoggerFactory.getLogger(HeadTraining.class);

    private final String encoderName;
    private final Path featureCacheDir;
    private final Path encoderCacheRoot;

    /** @param encoderName an embedded encoder on the classpath, e.g. {@link #ENCODER} */
    public HeadTraining(String encoderName, Path featureCacheDir, Path encoderCacheRoot) {
        this.encoderName = encoderName;
        this.featureCacheDir = featureCacheDir;
        this.encoderCacheRoot = encoderCacheRoot;
    }

    /**
     * Trains on {@code train}, chooses among {@code grid} on {@code dev}; with {@code ngrams}, adds a TF-IDF n-gram
     * layer fused on dev (see {@link Fusion}); fits the temperature on dev; writes the result to {@code out}.
     */
    public HeadTrainer.Trained run(Dataset train, Dataset dev, List<TrainSettings> grid,
            Optional<NgramTrainer.Settings> ngrams, Path out) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        InferenceConfig config = InferenceConfig.defaults().withDevice(InferenceConfig.Device.CPU)
                .withThreads(1, threads, 64, java.time.Duration.ZERO);
        float[][] trainX;
        float[][] devX;
        try (SentenceEncoder encoder = SentenceEncoder.openEmbedded(encoderName, MAX_TOKENS, config,
                encoderCacheRoot)) {
            FeatureCache cache = new FeatureCache(encoder, encoderName + "/" + MAX_TOKENS + "/mean+max",
                    featureCacheDir);
            trainX = cache.features(train.name(), train.rows());
            devX = cache.features(dev.name(), dev.rows());
        }
        HeadTrainer trainer = new HeadTrainer(encoderName, MAX_TOKENS);
        List<HeadTrainer.Trained> results = new ArrayList<>();
        for (TrainSettings settings : grid) {
            results.add(trainer.train(trainX, labels(train.rows()), devX, labels(dev.rows()), settings));
        }
        HeadTrainer.Trained best = results.stream()
                .max(Comparator.comparingDouble(HeadTrainer.Trained::devMacroF1)).orElseThrow();
        Map<String, Object> notes = new LinkedHashMap<>(best.head().training());
        notes.put("train", train.note());
        notes.put("dev", dev.note());
        notes.put("grid", results.stream().map(r -> r.settings() + " -> dev macro-F1 "
                + String.format("%.4f", r.devMacroF1()) + " @ epoch " + r.bestEpoch()).toList());
        EmotionHead head = best.head();
        int[] devY = labels(dev.rows());
        float[][] devLogits = new float[devX.length][];
        for (int i = 0; i < devX.length; i++) {
            devLogits[i] = head.logits(devX[i], dev.rows().get(i).text());
        }
        Optional<NgramLayer> ngramLayer = Optional.empty();
        double devF1 = best.devMacroF1();
        if (ngrams.isPresent()) {
            NgramLayer sparse = new NgramTrainer(ngrams.get()).train(train.rows());
            float[][] devSparse = new float[devX.length][];
            for (int i = 0; i < devX.length; i++) {
                devSparse[i] = sparse.logits(dev.rows().get(i).text());
            }
            Fusion fusion = Fusion.fit(devLogits, devSparse, devY);
            for (int i = 0; i < devX.length; i++) {
                devLogits[i] = fusion.combine(devLogits[i], devSparse[i]);
            }
            ngramLayer = Optional.of(folded(sparse, fusion));
            devF1 = fusion.devMacroF1();
            notes.put("ngrams", ngrams.get().toString() + ", " + sparse.features().size() + " terms");
            notes.put("fusion", "alpha " + fusion.alpha() + ", offsets " + java.util.Arrays.toString(fusion.offsets()));
            LOG.info("hybrid head: n-gram weight {}, offsets {}, dev macro-F1 {}", fusion.alpha(),
                    java.util.Arrays.toString(fusion.offsets()), String.format("%.4f", devF1));
        }
        double temperature = Calibration.fitTemperature(devLogits, devY);
        notes.put("devMacroF1", Math.round(devF1 * 10_000) / 10_000.0);
        notes.put("temperature", "fitted on dev: " + String.format("%.4f", temperature) + "; dev ECE "
                + String.format("%.4f", devEce(devLogits, devY, 1)) + " at T=1, "
                + String.format("%.4f", devEce(devLogits, devY, temperature)) + " at T");
        LOG.info("temperature {}: {}", String.format("%.4f", temperature), notes.get("temperature"));
        logUnclearTable(devLogits, devY, temperature);
        EmotionHead written = new EmotionHead(head.encoder(), head.maxTokens(), head.features(), head.labels(),
                head.layers(), notes, ngramLayer, temperature);
        written.write(out);
        LOG.info("wrote {} ({}), dev macro-F1 {}", out, best.settings(), String.format("%.4f", devF1));
        return new HeadTrainer.Trained(written, best.settings(), devF1, best.bestEpoch());
    }

    /** The n-gram layer with the fusion's weight and offsets folded in, so the runtime only adds logits. */
    private static NgramLayer folded(NgramLayer layer, Fusion fusion) {
        float[] w = layer.weights().clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= (float) fusion.alpha();
        }
        float[] b = layer.bias().clone();
        for (int c = 0; c < b.length; c++) {
            b[c] = (float) (fusion.alpha() * b[c] + fusion.offsets()[c]);
        }
        return new NgramLayer(layer.features(), layer.outputs(), w, b);
    }

    private static double devEce(float[][] logits, int[] gold, double temperature) {
        double[] confidence = new double[logits.length];
        boolean[] correct = new boolean[logits.length];
        for (int i = 0; i < logits.length; i++) {
            double[] p = Network.softmax(scaled(logits[i], temperature), 0, logits[i].length);
            int top = LogitOffsets.argmax(logits[i]);
            confidence[i] = p[top];
            correct[i] = top == gold[i];
        }
        return CalibrationError.of(confidence, correct, CalibrationError.BINS);
    }

    /** How a confidence floor for "unclear" trades coverage for accuracy on dev (the default is chosen from it). */
    private static void logUnclearTable(float[][] logits, int[] gold, double temperature) {
        for (int t = 25; t <= 60; t += 5) {
            int below = 0;
            int rightAbove = 0;
            for (int i = 0; i < logits.length; i++) {
                double[] p = Network.softmax(scaled(logits[i], temperature), 0, logits[i].length);
                int top = LogitOffsets.argmax(logits[i]);
                if (p[top] < t / 100.0) {
                    below++;
                } else if (top == gold[i]) {
                    rightAbove++;
                }
            }
            LOG.info("unclear below {}: {}% of dev rows unclear, accuracy of the rest {}", t / 100.0,
                    String.format("%.1f", 100.0 * below / logits.length),
                    String.format("%.4f", (double) rightAbove / Math.max(1, logits.length - below)));
        }
    }

    private static float[] scaled(float[] logits, double temperature) {
        float[] z = new float[logits.length];
        for (int c = 0; c < z.length; c++) {
            z[c] = (float) (logits[c] / temperature);
        }
        return z;
    }

    private static int[] labels(List<LabelledText> rows) {
        return rows.stream().mapToInt(row -> row.mood().ordinal()).toArray();
    }
}
