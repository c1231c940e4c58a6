package dev.moodbot.core.inference;

/** A loaded model failed while scoring; the callers of that batch get this, the next batch may well succeed. */
public final class InferenceException extends RuntimeException {
    public InferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
