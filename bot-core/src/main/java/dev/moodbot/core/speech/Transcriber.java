package dev.moodbot.core.speech;

import java.util.function.BooleanSupplier;

/**
 * Speech to text. Implementations are shared by every voice thread and closed once, at shutdown.
 */
public interface Transcriber extends AutoCloseable {

    /** The rate {@link #transcribe} expects its samples at. */
    int sampleRate();

    /** What names the model in replies and logs, e.g. {@code vosk-model-small-en-us-0.15}. */
    String modelId();

    /**
     * Recognises the words in mono samples in [-1, 1] at {@link #sampleRate()}. Blocking; stops early, with
     * {@link Transcript#complete()} false, once {@code expired} says the note's time is up.
     */
    Transcript transcribe(float[] samples, BooleanSupplier expired);

    @Override
    void close();
}
