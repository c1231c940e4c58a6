package dev.moodbot.app;

import dev.moodbot.app.config.MoodbotConfig;
import dev.moodbot.core.MoodBot;
import dev.moodbot.core.UserRef;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Starts every platform whose tokens are set; with none, the console. */
@Command(name = "run", description = "Run the bot: Discord and Slack when their tokens are set, else the console.")
final class RunCommand implements Callable<Integer> {
    static final String HOW_TO_CONNECT = """
            No platform tokens are set, so moodbot runs in console mode.
            To connect Discord, set DISCORD_TOKEN; for Slack, set SLACK_BOT_TOKEN and SLACK_APP_TOKEN
            (see README.md, "Connecting Discord" and "Connecting Slack"). Type /help for commands.""";

    @ParentCommand
    Main main;

    RunCommand() {}

    RunCommand(Main main) {
        this.main = main;
    }

    @Override
    public Integer call() {
        MoodbotConfig config = main.loadConfig();
        try (MoodBot bot = MoodBot.start(config.core())) {
            List<AutoCloseable> platforms = Platforms.start(bot, main.env);
            if (!platforms.isEmpty()) {
                Platforms.runUntilShutdown(platforms);
                return 0;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "moodbot-shutdown"));
            main.out.println(HOW_TO_CONNECT);
            BufferedReader in = new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8));
            UserRef user = new UserRef("console", System.getProperty("user.name", "you"));
            new ConsoleAdapter(bot, in, main.out, user, Duration.ofSeconds(60)).run();
        }
        return 0;
    }
}
