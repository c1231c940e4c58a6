package dev.moodbot.core.speech;

/** A speech model that cannot be found, unpacked or loaded; the message says which and what to do. */
public final class SpeechModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpeechModelException(String message) {
        super(message);
    }

    public SpeechModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
