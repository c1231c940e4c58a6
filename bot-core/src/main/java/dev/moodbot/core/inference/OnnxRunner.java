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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One ONNX model loaded through DJL, with one {@link Predictor} per inference worker (predictors are not
 * thread-safe; the model and its session are shared). Runs a batch as one call per length group.
 */
final class OnnxRunner implements AutoCloseable {
    private final ZooModel<TokenizedText, float[]> model;
    private final BlockingQueue<Predictor<TokenizedText, float[]>> predictors;
    private final int maxGroup;

    private OnnxRunner(ZooModel<TokenizedText, float[]> model, InferenceConfig config) {
        this.model = model;
        this.predictors = new ArrayBlockingQueue<>(config.workers());
        for (int i = 0; i < config.workers(); i++) {
            predictors.add(model.newPredictor());
        }
        this.maxGroup = config.batchSizeOn(config.device());
    }

    /** Loads {@code dir/<modelName>.onnx}. */
    static OnnxRunner open(Path dir, String modelName, OutputKind output, InferenceConfig config) {
        Criteria<TokenizedText, float[]> criteria = Criteria.builder()
                .setTypes(TokenizedText.class, float[].class)
                .optModelPath(dir)
                .optModelName(modelName)
                .optEngine(OrtDevice.ENGINE)
                .optDevice(OrtDevice.of(config.device()))
                .optOption("intraOpNumThreads", Integer.toString(config.intraOpThreads()))
                .optOption("interOpNumThreads", Integer.toString(config.interOpThreads()))
                .optTranslator(new OnnxTranslator(output))
                .build();
        try {
            return new OnnxRunner(criteria.loadModel(), config);
        } catch (IOException | ModelNotFoundException | MalformedModelException e) {
            throw new ModelLoadException("cannot load " + dir.resolve(modelName + ".onnx") + ": " + e.getMessage(), e);
        }
    }

    /** One output vector per text, in the order given. */
    List<float[]> run(List<TokenizedText> texts) {
        float[][] results = new float[texts.size()][];
        Predictor<TokenizedText, float[]> predictor = take();
        try {
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
    }
}
