package dev.moodbot.core.history;

/** The history database could not be reached or refused a statement: an outage, never a user's mistake. */
public final class HistoryStoreException extends RuntimeException {
    public HistoryStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
