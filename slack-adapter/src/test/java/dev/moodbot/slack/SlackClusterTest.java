package dev.moodbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodObserver;
import dev.moodbot.core.cluster.ClusterState;
import dev.moodbot.core.config.ClusterConfig;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.RateLimitConfig;
import dev.moodbot.core.config.Secret;
import dev.moodbot.core.history.HistoryKeeper;
import dev.moodbot.core.testing.TestRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two moodbot processes (two MoodBots, two real Bolt Socket Mode apps, each with its own Redis connection) on one
 * real Redis, against the loopback Slack: Slack may hand any event to either connection.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SlackClusterTest {
    /** Three at once, then one an hour: nothing refills while the test runs. */
    private static final RateLimitConfig LIMIT =
            new RateLimitConfig(3, 1, Duration.ofHours(1), Duration.ofHours(1));
    private static final long REPLY_SECONDS = 30;
    private static final AtomicInteger ids = new AtomicInteger();

    private static TestRedis redis;
    private static FakeSocketMode socketMode;
    private static FakeWebApi slack;
    private static final Process[] processes = new Process[2];

    /** One moodbot process: its shared state, its bot, its Slack app and the connection Slack holds to it. */
    private record Process(ClusterState cluster, MoodBot bot, SlackMoodApp app, WebSocket connection)
            implements AutoCloseable {
        @Override
        public void close() {
            app.close();
            bot.close();
            cluster.close();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        redis = TestRedis.start();
        socketMode = new FakeSocketMode();
        socketMode.startAndWait();
        slack = new FakeWebApi(socketMode.url());
        CoreConfig core = CoreConfig.defaults();
        CoreConfig limited = new CoreConfig(core.model(), core.inference(), LIMIT, core.voice(), core.music());
        SlackSettings settings = new SlackSettings(Secret.of(FakeWebApi.BOT_TOKEN), Secret.of(FakeWebApi.APP_TOKEN),
                slack.apiUrl(), false);
        for (int i = 0; i < processes.length; i++) {
            ClusterState cluster = ClusterState.of(new ClusterConfig(redis.url()));
            MoodBot bot = MoodBot.start(limited, MoodObserver.NONE, HistoryKeeper.disabled(), cluster);
            SlackMoodApp app = SlackMoodApp.start(bot, settings, cluster);
            processes[i] = new Process(cluster, bot, app, socketMode.awaitConnection());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process process : processes) {
            if (process != null) {
                process.close();
            }
        }
        if (slack != null) {
            slack.close();
        }
        if (socketMode != null) {
            socketMode.stop(1000);
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void mention_deliveredToBothProcessesAtOnce_answeredOnce() throws Exception {
        JsonObject first = Envelopes.mention(eventId(), "U0TWICE", "C0TWICE", nextTs(),
                "<@" + FakeWebApi.BOT_USER + "> I am scared of tomorrow");
        // Both at once, without waiting for either acknowledgement: the claim in Redis decides.
        CompletableFuture<Duration> a = socketMode.send(processes[0].connection(), first);
        CompletableFuture<Duration> b = socketMode.send(processes[1].connection(), Envelopes.redelivery(first, 1));
        a.get(5, TimeUnit.SECONDS);
        b.get(5, TimeUnit.SECONDS);
        // A later message to each process marks the end: by their answers, a duplicate would have been answered too.
        for (int i = 0; i < processes.length; i++) {
            send(i, Envelopes.mention(eventId(), "U0AFTER" + i, "C0SENTINEL" + i, nextTs(),
                    "<@" + FakeWebApi.BOT_USER + "> what a lovely day"));
        }

        slack.nextPost("C0TWICE", REPLY_SECONDS);
        slack.nextPost("C0SENTINEL0", REPLY_SECONDS);
        slack.nextPost("C0SENTINEL1", REPLY_SECONDS);
        assertEquals(List.of(), slack.pendingPosts("C0TWICE"));
    }

    @Test
    void moodCommand_oneUserBurstingAcrossBothProcesses_limitedAsOneUser() throws Exception {
        assertEquals(LIMIT.burst(), answeredOfSix("U0BURST" + ids.incrementAndGet()),
                "six commands, alternating between the processes, one bucket of three");
    }

    @Test
    void moodCommand_redisStoppedThenBack_answeredMeanwhileAndSharedAgain() throws Exception {
        redis.stop();
        try {
            String url = slack.responseUrl("outage-" + ids.incrementAndGet());
            long sent = System.nanoTime();
            send(0, Envelopes.slashCommand("U0OUTAGE", "I am so happy today", url));
            assertTrue(slack.nextPost(url, REPLY_SECONDS).field("text").contains("joy"));
            Duration took = Duration.ofNanos(System.nanoTime() - sent);
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "answered without Redis in " + took);
        } finally {
            redis.resume();
        }
        awaitShared();

        assertEquals(LIMIT.burst(), answeredOfSix("U0AFTER" + ids.incrementAndGet()),
                "shared limits once Redis is back");
    }

    /** Sends six {@code /mood} commands from one user, alternating processes; how many got a mood, not a notice. */
    private static int answeredOfSix(String user) throws Exception {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String url = slack.responseUrl(user + "-" + i);
            urls.add(url);
            send(i % 2, Envelopes.slashCommand(user, "so happy " + i, url));
        }
        int answered = 0;
        for (String url : urls) {
            if (!slack.nextPost(url, REPLY_SECONDS).field("text").contains("Easy there")) {
                answered++;
            }
        }
        return answered;
    }

    /** Lettuce reconnects by itself; each process finds out at its next call to Redis. */
    private static void awaitShared() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!processes[0].cluster().shared() || !processes[1].cluster().shared()) {
            assertTrue(System.nanoTime() < deadline, "Redis was not used again within 20 s");
            Thread.sleep(300);
            for (int i = 0; i < processes.length; i++) {
                String url = slack.responseUrl("probe-" + ids.incrementAndGet());
                send(i, Envelopes.slashCommand("U0PROBE" + ids.incrementAndGet(), "fine", url));
                slack.nextPost(url, REPLY_SECONDS);
            }
        }
    }

    private static void send(int process, JsonObject envelope) throws Exception {
        Duration ack = socketMode.send(processes[process].connection(), envelope).get(5, TimeUnit.SECONDS);
        assertTrue(ack.compareTo(Duration.ofSeconds(1)) < 0, "acknowledged after " + ack.toMillis() + " ms");
    }

    private static String eventId() {
        return "EvC" + ids.incrementAndGet();
    }

    private static String nextTs() {
        return "1700000002." + String.format("%06d", ids.incrementAndGet());
    }
}
