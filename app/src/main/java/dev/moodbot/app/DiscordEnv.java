package dev.moodbot.app;

import dev.moodbot.app.config.DiscordConfig;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.discord.DiscordSettings;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Discord's settings from the environment and the {@code discord:} section; empty when no token is set. */
final class DiscordEnv {
    static final String TOKEN = "DISCORD_TOKEN";
    static final String API_URL = "MOODBOT_DISCORD_API_URL";
    static final String GATEWAY_URL = "MOODBOT_DISCORD_GATEWAY_URL";

    private DiscordEnv() {}

    static Optional<DiscordSettings> settings(Map<String, String> env, DiscordConfig config) {
        return new EnvSecrets(env).read(TOKEN).map(token -> {
            URI api = url(env, API_URL, DiscordSettings.DEFAULT_API_URL);
            URI gateway = url(env, GATEWAY_URL, DiscordSettings.DEFAULT_GATEWAY_URL);
            try {
                return new DiscordSettings(token, api, gateway, config.commandGuild(), config.shards());
            } catch (IllegalArgumentException e) {
                boolean apiWrong = e.getMessage().startsWith("apiUrl");
                throw new ConfigException(apiWrong ? API_URL : GATEWAY_URL, apiWrong ? api : gateway,
                        e.getMessage());
            }
        });
    }

    private static URI url(Map<String, String> env, String name, URI fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, value, "not a URL");
        }
    }
}
