package dev.moodbot.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.app.config.MoodbotConfig;
import dev.moodbot.core.MoodBot;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.config.ConfigException;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Starts every platform whose tokens are set; with none, the console. */
@Command(name = "run", description = "Run the bot: Discord and Slack when their tokens are set, else the console.")
final class RunCommand implements Callable<Integer> {
    static final String HOW_TO_CONNECT = """
            No platform tokens are set, so moodbot runs in console mode.
            To connect Discord, set DISCORD_TOKEN; for Slack, set SLACK_BOT_TOKEN and SLACK_APP_TOKEN
            (see README.md, "Connecting Discord" and "Connecting Slack"). Type /help for commands.""";
    /** How long a SIGTERM waits for the platforms to disconnect cleanly before the JVM goes anyway. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    @ParentCommand
    Main main;

    RunCommand() {}

    RunCommand(Main main) {
        this.main = main;
    }

    @Override
    public Integer call() {
        MoodbotConfig config = main.loadConfig();
        Optional<DiscordSettings> discord = DiscordEnv.settings(main.env, config.discord());
        Optional<SlackSettings> slack = SlackEnv.settings(main.env);
        MoodBot bot = MoodBot.start(config.core(), Ticker.systemTicker(), StoredHistory.open(config, main.env));
        List<AutoCloseable> platforms = new ArrayList<>();
        try {
            discord.ifPresent(settings -> platforms.add(startDiscord(bot, settings)));
            slack.ifPresent(settings -> platforms.add(startSlack(bot, settings)));
        } catch (RuntimeException e) {
            // One platform refused to start: leave nothing of the others connected.
            closeAll(platforms, bot);
            throw e;
        }
        if (!platforms.isEmpty()) {
            serveUntilStopped(platforms, bot);
            return 0;
        }
        try (bot) {
            Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "moodbot-shutdown"));
            main.out.println(HOW_TO_CONNECT);
            BufferedReader in = new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8));
            new ConsoleAdapter(bot, in, main.out, UserRef.CONSOLE, Duration.ofSeconds(60)).run();
        }
        return 0;
    }

    private static DiscordMoodBot startDiscord(MoodBot bot, DiscordSettings settings) {
        try {
            return DiscordMoodBot.start(bot, settings);
        } catch (InvalidTokenException e) {
            throw new ConfigException(DiscordEnv.TOKEN, "****", "Discord refused this token");
        }
    }

    private static SlackMoodApp startSlack(MoodBot bot, SlackSettings settings) {
        try {
            return SlackMoodApp.start(bot, settings);
        } catch (IllegalStateException e) {
            throw new ConfigException(SlackEnv.APP_TOKEN, "****", e.getMessage());
        }
    }

    /**
     * Runs until SIGTERM or Ctrl+C. The shutdown hook only asks; this thread disconnects the platforms and then
     * closes the models, while the hook waits a bounded time for it.
     */
    private void serveUntilStopped(List<AutoCloseable> platforms, MoodBot bot) {
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
            closeAll(platforms, bot);
        } finally {
            stopped.countDown();
        }
    }

    /** Platforms first, so no message arrives for models that are already closed. */
    private void closeAll(List<AutoCloseable> platforms, MoodBot bot) {
        for (AutoCloseable platform : platforms) {
            try {
                platform.close();
            } catch (Exception e) {
                main.err.println("moodbot: closing " + platform.getClass().getSimpleName() + " failed: " + e);
            }
        }
        bot.close();
    }
}
