package dev.moodbot.slack;

import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.Secret;
import java.net.URI;
import java.util.Objects;

/**
 * How moodbot connects to Slack, built once at start-up.
 *
 * @param botToken the bot token ({@code xoxb-}), for the Web API and for downloading shared files
 * @param appToken the app-level token ({@code xapp-}, scope {@code connections:write}), for Socket Mode
 * @param apiUrl the Web API base, ending in {@code /}; Socket Mode's WebSocket URL comes from its
 *     {@code apps.connections.open}
 * @param publicByDefault {@code /mood} answers in the channel unless the user writes {@code /mood private …}
 */
public record SlackSettings(Secret botToken, Secret appToken, URI apiUrl, boolean publicByDefault) {
    public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");

    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(appToken, "appToken");
        Objects.requireNonNull(apiUrl, "apiUrl");
        // Token values are never put into the message: only the prefix they should have.
        if (!botToken.reveal().startsWith("xoxb-")) {
            throw new ConfigException("SLACK_BOT_TOKEN", "****", "must be a bot token starting with xoxb-");
        }
        if (!appToken.reveal().startsWith("xapp-")) {
            throw new ConfigException("SLACK_APP_TOKEN", "****", "must be an app-level token starting with xapp-");
        }
        String scheme = apiUrl.getScheme();
        if (scheme == null || !(scheme.equals("https") || scheme.equals("http")) || apiUrl.getHost() == null) {
            throw new ConfigException("MOODBOT_SLACK_API_URL", apiUrl, "must be an http(s) URL such as "
                    + DEFAULT_API_URL);
        }
        if (!apiUrl.getPath().endsWith("/")) {
            apiUrl = URI.create(apiUrl + "/");
        }
    }

    /** Slack's own API, with slash-command replies only the asker sees. */
    public static SlackSettings of(Secret botToken, Secret appToken) {
        return new SlackSettings(botToken, appToken, DEFAULT_API_URL, false);
    }
}
