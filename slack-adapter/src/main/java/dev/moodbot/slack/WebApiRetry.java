package dev.moodbot.slack;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Web API again after Slack's {@code Retry-After} when it answers 429: the SDK's synchronous client
 * returns the 429 as an exception and never retries by itself. Bounded in attempts and in the wait, and run only
 * on the adapter's worker threads, never on the thread that acknowledges Slack's envelopes.
 */
final class WebApiRetry {
    private static final Logger log = LoggerFactory.getLogger(WebApiRetry.class);
    private static final int TOO_MANY_REQUESTS = 429;
    /** Slack asks for a wait of a few seconds; a wait longer than this is not worth holding a worker for. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    /** Used when a 429 carries no readable Retry-After. */
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

    private final int maxAttempts;

    WebApiRetry(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /** One Web API call; {@link RateLimitedBySlack} is how calls that do not throw on 429 report one. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws IOException, SlackApiException, RateLimitedBySlack;
    }

    /** Slack answered 429; {@code retryAfter} is its Retry-After header, when it sent one. */
    static final class RateLimitedBySlack extends Exception {
        private final Optional<String> retryAfter;

        RateLimitedBySlack(Optional<String> retryAfter) {
            super("HTTP 429", null, false, false);
            this.retryAfter = retryAfter;
        }
    }

    <T> T call(String method, Call<T> call) throws IOException, SlackApiException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Optional<String> retryAfter;
            try {
                return call.call();
            } catch (SlackApiException e) {
                if (e.getResponse() == null || e.getResponse().code() != TOO_MANY_REQUESTS || attempt >= maxAttempts) {
                    throw e;
                }
                retryAfter = Optional.ofNullable(e.getResponse().header("Retry-After"));
            } catch (RateLimitedBySlack e) {
                if (attempt >= maxAttempts) {
                    throw new IOException(method + ": still rate-limited by Slack after " + attempt + " attempts");
                }
                retryAfter = e.retryAfter;
            }
            Duration wait = parse(retryAfter);
            if (wait.compareTo(LONGEST_WAIT) > 0) {
                throw new IOException(method + ": Slack asked to wait " + wait.toSeconds() + " s; giving up");
            }
            log.info("{} rate-limited by Slack (attempt {}/{}); retrying in {} ms", method, attempt, maxAttempts,
                    wait.toMillis());
            Thread.sleep(wait.toMillis());
        }
    }

    private static Duration parse(Optional<String> retryAfter) {
        try {
            return retryAfter.map(String::strip).map(Long::parseLong).map(Duration::ofSeconds)
                    .filter(d -> !d.isNegative()).orElse(DEFAULT_WAIT);
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT;
        }
    }
}
