package dev.moodbot.core.inference;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A session whose operators run on every core, for one text at a time. Whoever finds it taken goes on with its own
 * single-threaded session instead of waiting: the lane is for latency when the machine is otherwise idle, never a
 * queue of its own.
 */
final class LoneLane implements AutoCloseable {
    private final ZooModel<TokenizedText, float[]> model;
    private final Predictor<TokenizedText, float[]> predictor;
    private final ReentrantLock busy = new ReentrantLock();

    LoneLane(ZooModel<TokenizedText, float[]> model) {
        this.model = model;
        this.predictor = model.newPredictor();
    }

    /** The text's output, or empty when another text has the lane. */
    Optional<float[]> tryRun(TokenizedText text) {
        if (!busy.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(predictor.batchPredict(List.of(text)).getFirst());
        } catch (TranslateException e) {
            throw new InferenceException("ONNX Runtime failed on a lone text: " + e.getMessage(), e);
        } finally {
            busy.unlock();
        }
    }

    @Override
    public void close() {
        busy.lock();
        try {
            predictor.close();
            model.close();
        } finally {
            busy.unlock();
        }
    }
}
