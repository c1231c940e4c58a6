package dev.moodbot.app.metrics;

/** What {@code GET /healthz} answers: a status code and one line. */
public sealed interface Health {

    int status();

    String text();

    /** Serving, all of it: 200 "ok". */
    record Ready() implements Health {
        @Override
        public int status() {
            return 200;
        }

        @Override
        public String text() {
            return "ok";
        }
    }

    /**
     * Serving, with a part that other processes share running on its own (Redis unreachable): still 200, as this
     * process answers every message, but the body says what is missing.
     */
    record Degraded(String why) implements Health {
        @Override
        public int status() {
            return 200;
        }

        @Override
        public String text() {
            return "ok, degraded: " + why;
        }
    }

    /** Not serving yet or any more (models loading, a platform disconnected): 503. */
    record NotReady(String why) implements Health {
        @Override
        public int status() {
            return 503;
        }

        @Override
        public String text() {
            return "not ready: " + why;
        }
    }
}
