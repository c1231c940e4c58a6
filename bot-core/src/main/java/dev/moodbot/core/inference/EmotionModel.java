package dev.moodbot.core.inference;

import java.util.List;

/**
 * A text model whose output is mapped onto the seven moods. Implementations are safe to call from several threads
 * at once; each keeps what a thread needs (a DJL {@code Predictor}) to itself.
 */
public interface EmotionModel extends AutoCloseable {

    ModelInfo info();

    /** Scores a batch of normalised texts; one prediction per text, in order. */
    List<Prediction> predict(List<String> texts);

    @Override
    void close();
}
