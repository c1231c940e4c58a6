package dev.moodbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.moodbot.core.MoodBot;
import dev.moodbot.core.cluster.ClusterState;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * moodbot on Slack: one Bolt {@link App} with the {@code /mood} command, app mentions and DMs, connected over
 * Socket Mode. Every handler acknowledges at once and leaves the work to this adapter's own workers.
 */
public final class SlackMoodApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackMoodApp.class);
    private static final int WORKERS = 4;
    private static final int WEB_API_ATTEMPTS = 3;

    private final Slack slack;
    private final SocketModeApp socketMode;
    private final ExecutorService workers;

    private SlackMoodApp(Slack slack, SocketModeApp socketMode, ExecutorService workers) {
        this.slack = slack;
        this.socketMode = socketMode;
        this.workers = workers;
    }

    /**
     * Connects to Slack and starts answering; returns once the Socket Mode connection is open.
     *
     * @throws IllegalStateException when Slack refuses the tokens or cannot be reached
     */
    public static SlackMoodApp start(MoodBot bot, SlackSettings settings) {
        return start(bot, settings, ClusterState.local());
    }

    /**
     * As {@link #start(MoodBot, SlackSettings)}, answering each event once across every process that shares
     * {@code cluster}: Slack hands an event to any one of the app's connections, and redelivers it to any.
     */
    public static SlackMoodApp start(MoodBot bot, SlackSettings settings, ClusterState cluster) {
        // A new SlackConfig: the SDK's default instance refuses changes, and the API URL must come from settings.
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        // The SDK's call metrics would look up the team with every token, the app token included; unused here.
        config.setStatsEnabled(false);
        Slack slack = Slack.getInstance(config);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemonThreads());
        try {
            // Bolt checks the bot token with auth.test here, and throws when Slack refuses it.
            App app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken().reveal())
                    // Events moodbot has no handler for (edits, deletions, its own posts) are still acknowledged,
                    // or Slack would keep redelivering them.
                    .allEventsApiAutoAckEnabled(true).subtypedMessageEventsAutoAckEnabled(true).build());
            register(app, bot, settings, slack, workers, new RedeliveryFilter(cluster));
            BoltWarmUp.run(app);
            SocketModeApp socketMode =
                    new SocketModeApp(settings.appToken().reveal(), SocketModeClient.Backend.Tyrus, app);
            socketMode.startAsync();
            log.info("connected to Slack over Socket Mode ({})", settings.apiUrl());
            return new SlackMoodApp(slack, socketMode, workers);
        } catch (Exception e) {
            workers.shutdownNow();
            closeQuietly(slack);
            // Bolt's message for a refused token is a NullPointerException: say what to check instead.
            throw new IllegalStateException("could not connect to Slack Socket Mode at " + settings.apiUrl()
                    + "; check SLACK_APP_TOKEN, SLACK_BOT_TOKEN and MOODBOT_SLACK_API_URL (" + e + ")", e);
        }
    }

    private static void register(App app, MoodBot bot, SlackSettings settings, Slack slack, ExecutorService workers,
            RedeliveryFilter redeliveries) {
        MethodsClient methods = slack.methods(settings.botToken().reveal());
        WebApiRetry retry = new WebApiRetry(WEB_API_ATTEMPTS);
        MoodDelivery delivery = new MoodDelivery(bot, new SlackPoster(slack, methods, retry), workers);
        FileFetcher fetcher = new FileFetcher(FileFetcher.defaultClient(), settings.botToken(),
                new SlackOrigins(settings.apiUrl()));
        DirectMessageHandler dms = new DirectMessageHandler(delivery, redeliveries,
                new VoiceClips(bot, methods, retry, fetcher));

        MoodCommandHandler mood = new MoodCommandHandler(delivery, settings.publicByDefault());
        app.command("/mood", mood);
        // The app has one command; if the manifest names it differently, it still works (and is acknowledged).
        app.command(Pattern.compile("^/.+$"), mood);
        app.event(AppMentionEvent.class, new MentionHandler(delivery, redeliveries));
        app.event(MessageEvent.class, dms::onMessage);
        app.event(MessageFileShareEvent.class, dms::onFileShare);
        ControlClicks clicks = new ControlClicks(delivery);
        app.blockAction(SlackReplies.WRONG_MOOD, clicks::wrongMood);
        app.blockAction(Pattern.compile("^" + Pattern.quote(SlackReplies.FORGET_PREFIX) + ".*"), clicks::forget);
        // Track buttons only open their link; Slack still sends the click and expects an ack. Every other click
        // is acknowledged the same way; the patterns do not overlap, since Bolt keeps its handlers unordered.
        app.blockAction(Pattern.compile("^(?!" + Pattern.quote(SlackReplies.WRONG_MOOD) + "$|"
                + Pattern.quote(SlackReplies.FORGET_PREFIX) + ").*"), (request, ctx) -> ctx.ack());
    }

    /** Whether the Socket Mode connection is up (Bolt pings it): for the health check. */
    public boolean connected() {
        return !socketMode.isClientStopped() && socketMode.getClient() != null
                && socketMode.getClient().verifyConnection();
    }

    /** Disconnects, lets replies in progress finish (for a few seconds at most), and releases the HTTP clients. */
    @Override
    public void close() {
        try {
            socketMode.close();
        } catch (Exception e) {
            log.warn("closing the Socket Mode connection failed: {}", e.toString());
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Slack replies still in progress at shutdown were abandoned");
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        closeQuietly(slack);
        log.info("disconnected from Slack");
    }

    private static void closeQuietly(Slack slack) {
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("closing the Slack client failed", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "slack-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
