package dev.moodbot.core.inference;

/** A model that cannot be used: a missing file, an unreadable export, a label with no mood. The message says which. */
public final class ModelLoadException extends RuntimeException {
    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
