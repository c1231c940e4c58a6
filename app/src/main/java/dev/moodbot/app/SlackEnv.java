package dev.moodbot.app;

import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.Secret;
import dev.moodbot.slack.SlackSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/** Slack's settings from the environment: both tokens, and the Web API base for a self-hosted or test Slack. */
final class SlackEnv {
    static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    static final String APP_TOKEN = "SLACK_APP_TOKEN";
    static final String API_URL = "MOODBOT_SLACK_API_URL";

    private SlackEnv() {}

    /** Empty when neither token is set; one token without the other is a configuration error. */
    static Optional<SlackSettings> settings(Map<String, String> env) {
        EnvSecrets secrets = new EnvSecrets(env);
        Optional<Secret> bot = secrets.read(BOT_TOKEN);
        Optional<Secret> app = secrets.read(APP_TOKEN);
        if (bot.isEmpty() && app.isEmpty()) {
            return Optional.empty();
        }
        if (bot.isEmpty() || app.isEmpty()) {
            String missing = bot.isEmpty() ? BOT_TOKEN : APP_TOKEN;
            throw new ConfigException(missing, "(unset)", "Slack needs both SLACK_BOT_TOKEN and SLACK_APP_TOKEN");
        }
        return Optional.of(new SlackSettings(bot.get(), app.get(), apiUrl(env), false));
    }

    private static URI apiUrl(Map<String, String> env) {
        String url = env.get(API_URL);
        if (url == null || url.isBlank()) {
            return SlackSettings.DEFAULT_API_URL;
        }
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new ConfigException(API_URL, url, "must be a URL such as " + SlackSettings.DEFAULT_API_URL);
        }
    }
}
