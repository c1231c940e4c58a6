package dev.moodbot.core.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.moodbot.core.UserRef;
import dev.moodbot.core.config.RateLimitConfig;
import dev.moodbot.core.testing.FakeTicker;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalRateLimiterTest {
    private static final UserRef ALICE = new UserRef("discord", "alice");
    private static final UserRef BOB = new UserRef("discord", "bob");
    private static final RateLimitDecision ALLOWED = new RateLimitDecision.Allowed();

    /** Burst 3, then 5 per 30 s: one token every 6 s. */
    private final RateLimitConfig config = RateLimitConfig.defaults();
    private final FakeTicker ticker = new FakeTicker();
    private final LocalRateLimiter limiter = new LocalRateLimiter(config, ticker);

    @Test
    void decide_withinBurst_allowsEach() {
        for (int i = 0; i < config.burst(); i++) {
            assertEquals(ALLOWED, limiter.decide(ALICE), "request " + i);
        }
    }

    @Test
    void decide_burstOverLimit_deniesWithRetryAfter() {
        useBurst(ALICE);
        RateLimitDecision decision = limiter.decide(ALICE);
        assertEquals(new RateLimitDecision.Denied(Duration.ofSeconds(6)), decision);
    }

    @Test
    void decide_partWayToNextToken_retryAfterIsTheRemainder() {
        useBurst(ALICE);
        ticker.advance(Duration.ofMillis(2_500));
        assertEquals(new RateLimitDecision.Denied(Duration.ofMillis(3_500)), limiter.decide(ALICE));
    }

    @Test
    void decide_afterRetryAfterPasses_allowsExactlyOneMore() {
        useBurst(ALICE);
        var denied = assertInstanceOf(RateLimitDecision.Denied.class, limiter.decide(ALICE));
        ticker.advance(denied.retryAfter().minusNanos(1));
        assertInstanceOf(RateLimitDecision.Denied.class, limiter.decide(ALICE));
        ticker.advance(Duration.ofNanos(1));
        assertEquals(ALLOWED, limiter.decide(ALICE));
        assertInstanceOf(RateLimitDecision.Denied.class, limiter.decide(ALICE));
    }

    @Test
    void decide_afterLongWait_refillsNoMoreThanTheBurst() {
        useBurst(ALICE);
        ticker.advance(Duration.ofMinutes(5));
        useBurst(ALICE);
        assertInstanceOf(RateLimitDecision.Denied.class, limiter.decide(ALICE));
    }

    @Test
    void decide_oneUserOverLimit_othersUnaffected() {
        useBurst(ALICE);
        assertInstanceOf(RateLimitDecision.Denied.class, limiter.decide(ALICE));
        useBurst(BOB);
        useBurst(new UserRef("slack", "alice")); // same id on another platform is another person
    }

    @Test
    void decide_idleLongerThanExpiry_bucketDropped() {
        limiter.decide(ALICE);
        limiter.decide(BOB);
        assertEquals(2, limiter.trackedUsers());
        ticker.advance(config.idleExpiry().minusMinutes(1));
        limiter.decide(ALICE);
        ticker.advance(Duration.ofMinutes(2));
        assertEquals(1, limiter.trackedUsers()); // Bob was idle past the expiry; Alice was seen a minute ago
        ticker.advance(config.idleExpiry());
        assertEquals(0, limiter.trackedUsers());
    }

    @Test
    void decide_expiryShorterThanRefill_keepsBucketUntilFull() {
        // Burst 10 refilled at 1 a minute takes 10 minutes; forgetting it after 1 would hand out a free burst.
        RateLimitConfig slow = new RateLimitConfig(10, 1, Duration.ofMinutes(1), Duration.ofMinutes(1));
        LocalRateLimiter strict = new LocalRateLimiter(slow, ticker);
        for (int i = 0; i < 10; i++) {
            strict.decide(ALICE);
        }
        ticker.advance(Duration.ofMinutes(2));
        assertEquals(1, strict.trackedUsers());
        assertEquals(ALLOWED, strict.decide(ALICE));
        assertEquals(ALLOWED, strict.decide(ALICE));
        assertEquals(new RateLimitDecision.Denied(Duration.ofMinutes(1)), strict.decide(ALICE));
    }

    @Test
    void decide_manyThreadsAtOnce_allowExactlyTheBurst() throws Exception {
        List<Callable<RateLimitDecision>> requests = Collections.nCopies(40, () -> limiter.decide(ALICE));
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            long allowed = 0;
            for (Future<RateLimitDecision> decision : pool.invokeAll(requests, 10, TimeUnit.SECONDS)) {
                allowed += decision.get() instanceof RateLimitDecision.Allowed ? 1 : 0;
            }
            assertEquals(config.burst(), allowed);
        }
    }

    @Test
    void keepFor_idleExpiryLongerThanRefill_usesIdleExpiry() {
        assertEquals(config.idleExpiry(), LocalRateLimiter.keepFor(config));
    }

    private void useBurst(UserRef user) {
        for (int i = 0; i < config.burst(); i++) {
            assertEquals(ALLOWED, limiter.decide(user), user + " request " + i);
        }
    }
}
