package dev.moodbot.core.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** Whether one request from a user may go ahead. */
public sealed interface RateLimitDecision {

    /** The request took a token. */
    record Allowed() implements RateLimitDecision {}

    /** No token left; the next one arrives after {@code retryAfter}. */
    record Denied(Duration retryAfter) implements RateLimitDecision {
        public Denied {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || retryAfter.isZero()) {
                throw new IllegalArgumentException("retryAfter must be positive: " + retryAfter);
            }
        }
    }
}
