package dev.moodbot.app.metrics;

/** What {@code GET /healthz} answers. */
public sealed interface Health {

    /** Serving, all of it: 200 "ok". */
    record Ready() implements Health {}

    /**
     * Serving, with a part that other processes share running on its own (Redis unreachable): still 200, as this
     * process answers every message, but the body says what is missing.
     */
    record Degraded(String why) implements Health {}

    /** Not serving yet or any more (models loading, a platform disconnected): 503. */
    record NotReady(String why) implements Health {}
}
