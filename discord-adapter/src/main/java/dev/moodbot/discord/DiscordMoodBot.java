package dev.moodbot.discord;

import dev.moodbot.core.MoodBot;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * moodbot's Discord connection: starts JDA with the listener and the command sync, and shuts it down cleanly.
 * Only the guild-message and direct-message intents are asked for; Discord delivers the text of messages that
 * mention the bot, and of DMs, without the privileged Message Content intent. With {@code discord.shards} it runs
 * the shards it was given through JDA's shard manager, each shard a session of its own.
 */
public final class DiscordMoodBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordMoodBot.class);
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final GatewaySessions sessions;
    private final AttachmentDownloader downloader;
    private final CommandSync commandSync;

    private DiscordMoodBot(GatewaySessions sessions, AttachmentDownloader downloader, CommandSync commandSync) {
        this.sessions = sessions;
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
        log.info("connecting to Discord: REST {}, gateway {}, shards {} of {}", settings.apiUrl(),
                settings.gatewayUrl(), settings.shards().run(), settings.shards().total());
        CommandSync commandSync = new CommandSync(MoodCommands.definitions(), settings.commandGuildId());
        Object listener = new DiscordMoodListener(new MoodAsker(bot, downloader), new AnswerSender());
        var controller = new FixedGatewaySessionController(settings.gatewayUrl().toString(),
                settings.shards().total());
        RestConfig rest = new RestConfig().setBaseUrl(settings.apiUrl().toString());
        try {
            if (!settings.shards().sharded()) {
                return new DiscordMoodBot(new GatewaySessions.Single(JDABuilder.createLight(settings.token().reveal(),
                                GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES)
                        .setRestConfig(rest)
                        .setSessionController(controller)
                        // Plain JSON text frames: what every gateway, proxy and fake understands.
                        .setCompression(Compression.NONE)
                        // The launcher owns the process's shutdown; close() is called from there.
                        .setEnableShutdownHook(false)
                        .addEventListeners(listener, commandSync)
                        .build()), downloader, commandSync);
            }
            // Commands are global (or per guild), not per shard: CommandSync syncs them on one shard only.
            return new DiscordMoodBot(new GatewaySessions.Sharded(DefaultShardManagerBuilder.createLight(
                            settings.token().reveal(), GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES)
                    .setShardsTotal(settings.shards().total())
                    .setShards(settings.shards().run())
                    .setRestConfig(rest)
                    .setSessionController(controller)
                    .setCompression(Compression.NONE)
                    .setEnableShutdownHook(false)
                    .addEventListeners(listener, commandSync)
                    .build(), settings.shards().run().size()), downloader, commandSync);
        } catch (RuntimeException e) {
            downloader.close();
            throw e;
        }
    }

    /** For tests and start-up logs: completes once the commands were checked after the first login. */
    CompletableFuture<CommandSync.Outcome> commandsSynced() {
        return commandSync.firstSync();
    }

    /** Whether every gateway session of this process is up: for the health check. */
    public boolean connected() {
        return sessions.connected();
    }

    /** Stops taking events, lets queued requests finish for a bounded time, then cuts the connections. */
    @Override
    public void close() {
        try {
            sessions.close(SHUTDOWN_GRACE);
        } finally {
            downloader.close();
            log.info("disconnected from Discord");
        }
    }
}
