package dev.moodbot.app.config;

import dev.moodbot.core.config.ConfigException;
import dev.moodbot.discord.DiscordShards;
import java.util.OptionalLong;

/**
 * Discord settings that are not secrets (the token comes from the environment).
 *
 * @param commandGuildId {@code none} to register the commands globally, or a guild id to register them in that
 *     guild only: guild commands change at once, global ones can take up to an hour
 * @param shards the gateway shards this process runs; the default, total 1, is one session without sharding
 */
public record DiscordConfig(String commandGuildId, DiscordShards shards) {
    public static final String NONE = "none";

    public DiscordConfig {
        if (commandGuildId == null
                || !(commandGuildId.strip().equals(NONE) || commandGuildId.strip().matches("\\d{15,20}"))) {
            throw new ConfigException("discord.commandGuildId", commandGuildId,
                    "must be 'none' or a guild id (15-20 digits)");
        }
        commandGuildId = commandGuildId.strip();
        shards = shards == null ? DiscordShards.single() : shards;
    }

    /** Commands registered as given, one session without sharding. */
    public DiscordConfig(String commandGuildId) {
        this(commandGuildId, DiscordShards.single());
    }

    public static DiscordConfig defaults() {
        return new DiscordConfig(NONE);
    }

    /** The guild to register commands in, or empty for global registration. */
    public OptionalLong commandGuild() {
        return commandGuildId.equals(NONE) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(commandGuildId));
    }
}
