package dev.moodbot.discord;

import dev.moodbot.core.MoodBot;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * moodbot's Discord connection: starts JDA with the listener and the command sync, and shuts it down cleanly.
 * Only the guild-message and direct-message intents are asked for; Discord delivers the text of messages that
 * mention the bot, and of DMs, without the privileged Message Content intent.
 */
public final class DiscordMoodBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordMoodBot.class);
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final JDA jda;
    private final AttachmentDownloader downloader;
    private final CommandSync commandSync;

    private DiscordMoodBot(JDA jda, AttachmentDownloader downloader, CommandSync commandSync) {
        this.jda = jda;
        this.downloader = downloader;
        this.commandSync = commandSync;
    }

    /**
     * Logs in (checking the token at once) and connects; commands are registered when the session is ready.
     *
     * @throws net.dv8tion.jda.api.exceptions.InvalidTokenException when Discord refuses the token
     */
    public static DiscordMoodBot start(MoodBot bot, DiscordSettings settings) {
        AttachmentDownloader downloader = new AttachmentDownloader(bot.voiceLimits().maxBytes(), DOWNLOAD_TIMEOUT);
        log.info("connecting to Discord: REST {}, gateway {}", settings.apiUrl(), settings.gatewayUrl());
        CommandSync commandSync = new CommandSync(MoodCommands.definitions(), settings.commandGuildId());
        try {
            JDA jda = JDABuilder.createLight(settings.token().reveal(),
                            GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES)
                    .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl().toString()))
                    .setSessionController(new FixedGatewaySessionController(settings.gatewayUrl().toString()))
                    // Plain JSON text frames: what every gateway, proxy and fake understands.
                    .setCompression(Compression.NONE)
                    // The launcher owns the process's shutdown; close() is called from there.
                    .setEnableShutdownHook(false)
                    .addEventListeners(
                            new DiscordMoodListener(new MoodAsker(bot, downloader), new AnswerSender()),
                            commandSync)
                    .build();
            return new DiscordMoodBot(jda, downloader, commandSync);
        } catch (RuntimeException e) {
            downloader.close();
            throw e;
        }
    }

    /** For tests and start-up logs: completes once the commands were checked after the first login. */
    CompletableFuture<CommandSync.Outcome> commandsSynced() {
        return commandSync.firstSync();
    }

    /** Whether the gateway session is up: for the health check. */
    public boolean connected() {
        return jda.getStatus() == JDA.Status.CONNECTED;
    }

    /** Stops taking events, lets queued requests finish for a bounded time, then cuts the connection. */
    @Override
    public void close() {
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(SHUTDOWN_GRACE)) {
                log.warn("Discord did not shut down within {}; forcing it", SHUTDOWN_GRACE);
                jda.shutdownNow();
                jda.awaitShutdown(SHUTDOWN_GRACE);
            }
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            downloader.close();
            log.info("disconnected from Discord");
        }
    }
}
