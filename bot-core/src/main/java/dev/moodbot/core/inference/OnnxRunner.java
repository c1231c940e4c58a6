package dev.moodbot.core.inference;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import dev.moodbot.core.config.InferenceConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One ONNX model loaded through DJL, with one {@link Predictor} per inference worker (predictors are not
 * thread-safe; the model and its session are shared). Runs a batch as one call per length group.
 *
 * <p>Each worker's session runs one operator on one thread: under load the workers fill every core with batches,
 * which is the cheapest way to spend them. A lone message would then use one core while the others idle, so on a
 * CPU with more cores than one a second session whose operators use every core (the {@link LoneLane}) takes a
 * single text whenever every other worker is idle; as soon as a second request is in flight, texts go back to the
 * workers' own sessions. The switch reads how many workers are busy, so it needs no setting.
 */
final class OnnxRunner implements AutoCloseable {
    private final ZooModel<TokenizedText, float[]> model;
    private final BlockingQueue<Predictor<TokenizedText, float[]>> predictors;
    private final int workers;
    private final int maxGroup;
    private final Optional<LoneLane> lone;

    private OnnxRunner(ZooModel<TokenizedText, float[]> model, InferenceConfig config, Optional<LoneLane> lone) {
        this.model = model;
        this.workers = config.workers();
        this.predictors = new ArrayBlockingQueue<>(workers);
        for (int i = 0; i < workers; i++) {
            predictors.add(model.newPredictor());
        }
        this.maxGroup = config.batchSizeOn(config.device());
        this.lone = lone;
    }

    /** Loads {@code dir/<modelName>.onnx}. */
    static OnnxRunner open(Path dir, String modelName, OutputKind output, InferenceConfig config) {
        ZooModel<TokenizedText, float[]> batched = load(dir, modelName, output, config, config.intraOpThreads());
        int cores = Runtime.getRuntime().availableProcessors();
        boolean loneLane = config.device() == InferenceConfig.Device.CPU && config.intraOpThreads() < cores
                && config.workers() > 1;
        try {
            return new OnnxRunner(batched, config, loneLane
                    ? Optional.of(new LoneLane(load(dir, modelName, output, config, cores)))
                    : Optional.empty());
        } catch (RuntimeException e) {
            batched.close();
            throw e;
        }
    }

    private static ZooModel<TokenizedText, float[]> load(Path dir, String modelName, OutputKind output,
            InferenceConfig config, int intraOpThreads) {
        Criteria<TokenizedText, float[]> criteria = Criteria.builder()
                .setTypes(TokenizedText.class, float[].class)
                .optModelPath(dir)
                .optModelName(modelName)
                .optEngine(OrtDevice.ENGINE)
                .optDevice(OrtDevice.of(config.device()))
                .optOption("intraOpNumThreads", Integer.toString(intraOpThreads))
                .optOption("interOpNumThreads", Integer.toString(config.interOpThreads()))
                .optTranslator(new OnnxTranslator(output))
                .build();
        try {
            return criteria.loadModel();
        } catch (IOException | ModelNotFoundException | MalformedModelException e) {
            throw new ModelLoadException("cannot load " + dir.resolve(modelName + ".onnx") + ": " + e.getMessage(), e);
        }
    }

    /** Whether a lone text may use every core; false on a GPU, with one worker, or on one core. */
    boolean hasLoneLane() {
        return lone.isPresent();
    }

    /** One output vector per text, in the order given. */
    List<float[]> run(List<TokenizedText> texts) {
        float[][] results = new float[texts.size()][];
        Predictor<TokenizedText, float[]> predictor = take();
        try {
            // After take(), every other worker is idle when all the other predictors are back in the queue.
            if (texts.size() == 1 && lone.isPresent() && predictors.size() == workers - 1) {
                Optional<float[]> alone = lone.get().tryRun(texts.getFirst());
                if (alone.isPresent()) {
                    return List.of(alone.get());
                }
            }
            for (int[] group : LengthGroups.of(texts, maxGroup)) {
                List<TokenizedText> batch = new ArrayList<>(group.length);
                for (int index : group) {
                    batch.add(texts.get(index));
                }
                List<float[]> out = predictor.batchPredict(batch);
                for (int i = 0; i < group.length; i++) {
                    results[group[i]] = out.get(i);
                }
            }
        } catch (TranslateException e) {
            throw new InferenceException("ONNX Runtime failed on a batch of " + texts.size() + ": " + e.getMessage(), e);
        } finally {
            predictors.add(predictor);
        }
        return Arrays.asList(results);
    }

    private Predictor<TokenizedText, float[]> take() {
        try {
            return predictors.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InferenceException("interrupted while waiting for a predictor", e);
        }
    }

    @Override
    public void close() {
        predictors.forEach(Predictor::close);
        model.close();
        lone.ifPresent(LoneLane::close);
    }
}
