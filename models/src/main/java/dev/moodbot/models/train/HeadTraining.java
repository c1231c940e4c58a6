package dev.moodbot.models.train;

import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.inference.SentenceEncoder;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Trains on {@code train}, chooses among {@code grid} on {@code dev}, writes the winner to {@code out}. */
    public HeadTrainer.Trained run(Dataset train, Dataset dev, List<TrainSettings> grid, Path out)
            throws IOException {
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
        var head = best.head();
        var written = new dev.moodbot.core.inference.EmotionHead(head.encoder(), head.maxTokens(), head.features(),
                head.labels(), head.layers(), notes);
        written.write(out);
        LOG.info("wrote {} ({}), dev macro-F1 {}", out, best.settings(), String.format("%.4f", best.devMacroF1()));
        return new HeadTrainer.Trained(written, best.settings(), best.devMacroF1(), best.bestEpoch());
    }

    private static int[] labels(List<LabelledText> rows) {
        return rows.stream().mapToInt(row -> row.mood().ordinal()).toArray();
    }
}
