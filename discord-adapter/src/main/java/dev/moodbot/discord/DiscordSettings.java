package dev.moodbot.discord;

import dev.moodbot.core.config.Secret;
import java.net.URI;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How to reach Discord, built once at start-up.
 *
 * @param token the bot token; sent only to {@code apiUrl} and {@code gatewayUrl}
 * @param apiUrl the REST base URL, {@link #DEFAULT_API_URL} unless pointed at a proxy or a test fake
 * @param gatewayUrl the gateway WebSocket URL; JDA never asks the API for it
 * @param commandGuildId register the commands in this one guild (instant, for testing) instead of globally
 * @param shards the gateway shards this process runs
 */
public record DiscordSettings(Secret token, URI apiUrl, URI gatewayUrl, OptionalLong commandGuildId,
        DiscordShards shards) {
    public static final URI DEFAULT_API_URL = URI.create("https://discord.com/api/v10/");
    public static final URI DEFAULT_GATEWAY_URL = URI.create("wss://gateway.discord.gg");

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(commandGuildId, "commandGuildId");
        Objects.requireNonNull(shards, "shards");
        requireScheme(apiUrl, "apiUrl", "http", "https");
        requireScheme(gatewayUrl, "gatewayUrl", "ws", "wss");
    }

    /** One gateway session, without sharding. */
    public DiscordSettings(Secret token, URI apiUrl, URI gatewayUrl, OptionalLong commandGuildId) {
        this(token, apiUrl, gatewayUrl, commandGuildId, DiscordShards.single());
    }

    /** Discord itself, commands registered globally. */
    public static DiscordSettings of(Secret token) {
        return new DiscordSettings(token, DEFAULT_API_URL, DEFAULT_GATEWAY_URL, OptionalLong.empty());
    }

    private static void requireScheme(URI url, String name, String plain, String secure) {
        Objects.requireNonNull(url, name);
        String scheme = url.getScheme();
        if (!plain.equalsIgnoreCase(scheme) && !secure.equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException(name + " must be a " + secure + ":// or " + plain + ":// URL: " + url);
        }
    }
}
