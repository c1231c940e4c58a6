package dev.moodbot.app;

import dev.moodbot.app.config.MoodbotConfig;
import dev.moodbot.app.metrics.BotMetrics;
import dev.moodbot.app.metrics.Health;
import dev.moodbot.app.metrics.HealthServer;
import dev.moodbot.core.MoodBot;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.cluster.ClusterState;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.RateLimitConfig;
import dev.moodbot.discord.DiscordMoodBot;
import dev.moodbot.discord.DiscordSettings;
import dev.moodbot.slack.SlackMoodApp;
import dev.moodbot.slack.SlackSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Starts every platform whose tokens are set; with none, the console. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the bot: Discord and Slack when their tokens are set, else the console.")
final class RunCommand implements Callable<Integer> {
    static final String HOW_TO_CONNECT = """
            No platform tokens are set, so moodbot runs in console mode.
            To connect Discord, set DISCORD_TOKEN; for Slack, set SLACK_BOT_TOKEN and SLACK_APP_TOKEN
            (see README.md, "Connecting Discord" and "Connecting Slack"). Type /help for commands.
            The console answers up to 60 messages a minute; rateLimit in the config is for Discord and Slack users.""";
    /** The console's one user is the person trying moodbot out: a loose limit, only against a runaway paste. */
    static final RateLimitConfig CONSOLE_LIMIT =
            new RateLimitConfig(60, 60, Duration.ofMinutes(1), Duration.ofMinutes(10));
    /** How long a SIGTERM waits for the platforms to disconnect cleanly before the JVM goes anyway. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    @ParentCommand
    Main main;

    RunCommand() {}

    RunCommand(Main main) {
        this.main = main;
    }

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve GET /healthz and GET /metrics (Prometheus) on this port (default: metrics.port "
                    + "in the config, 0 = off).")
    Integer metricsPort;

    /** The shared state, closed after the bot; set once the bot has started. */
    private AutoCloseable closeLast = () -> {};

    /** A started platform: what closes it, and whether it is connected now. */
    private record Platform(String name, AutoCloseable connection, BooleanSupplier connected) {}

    @Override
    public Integer call() {
        MoodbotConfig config = main.loadConfig();
        Optional<DiscordSettings> discord = DiscordEnv.settings(main.env, config.discord());
        Optional<SlackSettings> slack = SlackEnv.settings(main.env);
        boolean console = discord.isEmpty() && slack.isEmpty();
        CoreConfig core = config.core();
        BotMetrics metrics = new BotMetrics();
        // The console is one person at one terminal: nothing to share with another process.
        ClusterState cluster = console ? ClusterState.local()
                : ClusterState.of(ClusterEnv.config(main.env, config.cluster()));
        long loading = System.nanoTime();
        MoodBot bot;
        try {
            bot = MoodBot.start(console ? new CoreConfig(core.model(), core.inference(), CONSOLE_LIMIT,
                    core.voice(), core.music()) : core, metrics, StoredHistory.open(config, main.env), cluster);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        metrics.started(bot, Duration.ofNanos(System.nanoTime() - loading));
        List<Platform> platforms = new CopyOnWriteArrayList<>();
        AtomicBoolean allStarted = new AtomicBoolean();
        List<AutoCloseable> closeFirst = new ArrayList<>();
        closeLast = cluster;
        try {
            int port = metricsPort != null ? metricsPort : config.metrics().port();
            if (port > 0) {
                HealthServer server = HealthServer.start(config.metrics().host(), port, metrics,
                        () -> health(allStarted.get(), platforms, cluster.degraded()));
                closeFirst.add(server);
                main.err.println("moodbot: /healthz and /metrics on http://" + config.metrics().host() + ":"
                        + server.port() + "/");
            }
            discord.ifPresent(settings -> {
                DiscordMoodBot started = PlatformStart.discord(bot, settings);
                platforms.add(new Platform("Discord", started, started::connected));
            });
            slack.ifPresent(settings -> {
                SlackMoodApp started = PlatformStart.slack(bot, settings, cluster);
                platforms.add(new Platform("Slack", started, started::connected));
            });
        } catch (RuntimeException e) {
            // One platform refused to start: leave nothing of the others connected.
            closeAll(closeFirst, platforms, bot);
            throw e;
        }
        allStarted.set(true);
        if (!platforms.isEmpty()) {
            serveUntilStopped(closeFirst, platforms, bot);
            return 0;
        }
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAll(closeFirst, platforms, bot),
                    "moodbot-shutdown"));
            main.out.println(HOW_TO_CONNECT);
            BufferedReader in = new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8));
            new ConsoleAdapter(bot, in, main.out, UserRef.CONSOLE, Duration.ofSeconds(60)).run();
        } finally {
            closeAll(closeFirst, platforms, bot);
        }
        return 0;
    }

    /**
     * What /healthz says: the models are loaded once this runs, so only the platforms can be missing; an unreachable
     * Redis leaves this process serving on its own limits and de-duplication.
     */
    private static Health health(boolean allStarted, List<Platform> platforms, boolean redisDown) {
        if (!allStarted) {
            return new Health.NotReady("connecting to the platforms");
        }
        return platforms.stream().filter(p -> !p.connected().getAsBoolean()).findFirst()
                .<Health>map(p -> new Health.NotReady(p.name() + " is not connected"))
                .orElseGet(() -> redisDown ? new Health.Degraded("Redis (cluster.redis) is unreachable: rate limits "
                        + "and Slack de-duplication are this process's own until it returns") : new Health.Ready());
    }

    /**
     * Runs until SIGTERM or Ctrl+C. The shutdown hook only asks; this thread disconnects the platforms and then
     * closes the models, while the hook waits a bounded time for it.
     */
    private void serveUntilStopped(List<AutoCloseable> closeFirst, List<Platform> platforms, MoodBot bot) {
        CountDownLatch stopAsked = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAsked.countDown();
            try {
                stopped.await(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "moodbot-shutdown"));
        main.out.println("moodbot is running; stop it with Ctrl+C or SIGTERM.");
        try {
            stopAsked.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            closeAll(closeFirst, platforms, bot);
        } finally {
            stopped.countDown();
        }
    }

    /**
     * The metrics server, then the platforms (each stops taking messages and finishes what is in flight), then the
     * models, so that no message arrives for models that are already closed. Safe to call twice.
     */
    private synchronized void closeAll(List<AutoCloseable> closeFirst, List<Platform> platforms, MoodBot bot) {
        List<AutoCloseable> all = new ArrayList<>(closeFirst);
        platforms.forEach(p -> all.add(p.connection()));
        closeFirst.clear();
        platforms.clear();
        for (AutoCloseable closeable : all) {
            try {
                closeable.close();
            } catch (Exception e) {
                main.err.println("moodbot: closing " + closeable.getClass().getSimpleName() + " failed: " + e);
            }
        }
        bot.close();
        AutoCloseable last = closeLast;
        closeLast = () -> {};
        try {
            last.close();
        } catch (Exception e) {
            main.err.println("moodbot: closing the shared state failed: " + e);
        }
    }
}
