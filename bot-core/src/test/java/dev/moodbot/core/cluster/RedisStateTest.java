package dev.moodbot.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.config.ClusterConfig;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.RateLimitConfig;
import dev.moodbot.core.ratelimit.RateLimitDecision;
import dev.moodbot.core.ratelimit.RateLimiter;
import dev.moodbot.core.testing.TestRedis;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** Two processes' worth of shared state (two connections) on one real redis-server started by the test. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RedisStateTest {
    /** Three at once, then one an hour: nothing refills while a test runs. */
    private static final RateLimitConfig LIMIT =
            new RateLimitConfig(3, 1, Duration.ofHours(1), Duration.ofHours(1));
    private static final AtomicInteger users = new AtomicInteger();

    private TestRedis redis;
    private RedisState first;
    private RedisState second;

    @BeforeEach
    void start() {
        redis = TestRedis.start();
        first = connect(redis.url());
        second = connect(redis.url());
    }

    @AfterEach
    void stop() throws Exception {
        first.close();
        second.close();
        redis.close();
    }

    @Test
    void rateLimiter_oneUserAcrossTwoConnections_limitedAsOneUser() {
        RateLimiter a = first.rateLimiter(LIMIT, Ticker.systemTicker());
        RateLimiter b = second.rateLimiter(LIMIT, Ticker.systemTicker());
        UserRef user = newUser();

        assertEquals(LIMIT.burst(), allowedOfEight(user, a, b), "8 alternating requests, one shared bucket of 3");
        assertInstanceOf(RateLimitDecision.Denied.class, a.decide(user));
        assertInstanceOf(RateLimitDecision.Allowed.class, b.decide(newUser()), "another user has a bucket of own");
    }

    @Test
    void eventClaims_oneKeyOnTwoConnections_onlyTheFirstClaimWins() {
        EventClaims a = first.eventClaims(Duration.ofMinutes(5));
        EventClaims b = second.eventClaims(Duration.ofMinutes(5));

        assertTrue(a.claim("event:Ev1"));
        assertFalse(b.claim("event:Ev1"));
        assertFalse(a.claim("event:Ev1"));
        assertTrue(b.claim("event:Ev2"));
    }

    @Test
    void eventClaims_twoKeysRacedFromTwoConnections_exactlyOneWinsBoth() throws Exception {
        EventClaims a = first.eventClaims(Duration.ofMinutes(5));
        EventClaims b = second.eventClaims(Duration.ofMinutes(5));
        for (int round = 0; round < 50; round++) {
            String event = "event:race" + round;
            String message = "message:race" + round;
            // The two keys in opposite orders: claimed one by one, each side could win one key and both lose.
            var winA = java.util.concurrent.CompletableFuture.supplyAsync(() -> a.claim(event, message));
            var winB = java.util.concurrent.CompletableFuture.supplyAsync(() -> b.claim(message, event));
            assertTrue(winA.get(5, TimeUnit.SECONDS) ^ winB.get(5, TimeUnit.SECONDS), "round " + round);
        }
    }

    @Test
    void eventClaims_afterExpiry_claimableAgain() throws Exception {
        EventClaims a = first.eventClaims(Duration.ofSeconds(1));
        assertTrue(a.claim("event:short"));
        EventClaims b = second.eventClaims(Duration.ofSeconds(1));
        assertFalse(b.claim("event:short"));

        Thread.sleep(2_100);

        try (RedisState third = connect(redis.url())) {
            assertTrue(third.eventClaims(Duration.ofSeconds(1)).claim("event:short"), "Redis let the key expire");
        }
    }

    @Test
    void rateLimiter_redisStoppedMidway_answersAtOnceLogsOnceThenSharesAgain() throws Exception {
        RateLimiter a = first.rateLimiter(LIMIT, Ticker.systemTicker());
        RateLimiter b = second.rateLimiter(LIMIT, Ticker.systemTicker());
        EventClaims claims = first.eventClaims(Duration.ofMinutes(5));
        ListAppender<ILoggingEvent> logged = capture(RedisOutage.class);
        redis.stop();

        long started = System.nanoTime();
        UserRef user = newUser();
        int allowedA = 0;
        for (int i = 0; i < 20; i++) {
            if (a.decide(user) instanceof RateLimitDecision.Allowed) {
                allowedA++;
            }
            b.decide(user);
        }
        assertTrue(claims.claim("event:during-outage"), "claims fall back to this process");
        assertFalse(claims.claim("event:during-outage"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(LIMIT.burst(), allowedA, "per-process limits while Redis is down");
        assertTrue(first.degraded() && !first.shared(), "what /healthz reports while Redis is down");
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "41 calls without Redis took " + took);
        assertEquals(2, logged.list.stream().filter(e -> e.getLevel() == Level.WARN).count(),
                "one warning per process (here: per connection) for the whole outage: " + logged.list);

        redis.resume();
        awaitBack(a, b);
        assertEquals(LIMIT.burst(), allowedOfEight(newUser(), a, b), "shared again once Redis is back");
        assertFalse(first.degraded());
        assertTrue(logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains("is back")));
        ((Logger) LoggerFactory.getLogger(RedisOutage.class)).detachAppender(logged);
    }

    @Test
    void connect_passwordInUrl_connectsAndNeverShowsIt() throws Exception {
        ListAppender<ILoggingEvent> logged = capture(RedisState.class);
        try (TestRedis guarded = TestRedis.start("s3cret-pw");
                RedisState state = connect(guarded.url())) {
            assertTrue(state.eventClaims(Duration.ofMinutes(1)).claim("event:pw"));
        } finally {
            ((Logger) LoggerFactory.getLogger(RedisState.class)).detachAppender(logged);
        }
        assertTrue(logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains("redis://****@127.0.0.1:")),
                logged.list.toString());
        assertFalse(logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains("s3cret-pw")));
    }

    @Test
    void of_unreachableRedis_failsAtStartNamingKeyWithoutPassword() throws Exception {
        int port = redis.port();
        redis.stop();

        ConfigException e = assertThrows(ConfigException.class,
                () -> ClusterState.of(new ClusterConfig("redis://:s3cret-pw@127.0.0.1:" + port)));

        assertEquals("cluster.redis", e.key());
        assertFalse(e.getMessage().contains("s3cret-pw"), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }

    @Test
    void of_none_keepsStateInThisProcess() {
        try (ClusterState state = ClusterState.of(ClusterConfig.defaults())) {
            assertInstanceOf(LocalState.class, state);
            EventClaims claims = state.eventClaims(Duration.ofMinutes(1));
            assertTrue(claims.claim("k"));
            assertFalse(claims.claim("k"));
        }
    }

    private static RedisState connect(String url) {
        return RedisState.connect(new ClusterConfig(url), Ticker.systemTicker());
    }

    /** Eight requests from {@code user}, alternating between the two limiters: how many were allowed. */
    private static int allowedOfEight(UserRef user, RateLimiter a, RateLimiter b) {
        int allowed = 0;
        for (int i = 0; i < 8; i++) {
            if ((i % 2 == 0 ? a : b).decide(user) instanceof RateLimitDecision.Allowed) {
                allowed++;
            }
        }
        return allowed;
    }

    private static UserRef newUser() {
        return new UserRef("slack", "T1:U" + users.incrementAndGet());
    }

    /** Lettuce reconnects by itself; the next call after the one-second skip window reaches Redis again. */
    private void awaitBack(RateLimiter a, RateLimiter b) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        UserRef probe = newUser();
        while (!first.shared() || !second.shared()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the connections did not come back within 20 s");
            }
            Thread.sleep(200);
            a.decide(probe);
            b.decide(probe);
        }
    }

    private static ListAppender<ILoggingEvent> capture(Class<?> source) {
        Logger logger = (Logger) LoggerFactory.getLogger(source);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }
}
