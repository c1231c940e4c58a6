package dev.moodbot.core.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Objects;

/** Whether one request from a user may go ahead. */
public sealed interface RateLimitDecision {

    /** What one {@code tryConsumeAndReturnRemaining(1)} on a bucket means, wherever the bucket lives. */
    static RateLimitDecision of(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return Allowed.INSTANCE;
        }
        return new Denied(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
    }

    /** The request took a token. */
    record Allowed() implements RateLimitDecision {
        static final Allowed INSTANCE = new Allowed();
    }

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
