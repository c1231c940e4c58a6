package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.config.ConfigException;
import dev.moodbot.slack.SlackSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackEnvTest {
    private static final String BOT = "xoxb-1-2-abc";
    private static final String APP = "xapp-1-A1-2-def";

    @Test
    void settings_noSlackTokens_empty() {
        assertTrue(SlackEnv.settings(Map.of("DISCORD_TOKEN", "x")).isEmpty());
    }

    @Test
    void settings_bothTokens_slackApiByDefault() {
        SlackSettings settings = SlackEnv.settings(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP)).orElseThrow();
        assertEquals(BOT, settings.botToken().reveal());
        assertEquals(APP, settings.appToken().reveal());
        assertEquals(URI.create("https://slack.com/api/"), settings.apiUrl());
    }

    @Test
    void settings_apiUrlSet_usedWithTrailingSlash() {
        SlackSettings settings = SlackEnv.settings(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP,
                "MOODBOT_SLACK_API_URL", "http://127.0.0.1:9000/api")).orElseThrow();
        assertEquals(URI.create("http://127.0.0.1:9000/api/"), settings.apiUrl());
    }

    @Test
    void settings_tokensInFiles_readAndStripped(@TempDir Path dir) throws Exception {
        Path bot = Files.writeString(dir.resolve("bot"), BOT + "\n");
        Path app = Files.writeString(dir.resolve("app"), APP + "\n");
        SlackSettings settings = SlackEnv.settings(Map.of("SLACK_BOT_TOKEN_FILE", bot.toString(),
                "SLACK_APP_TOKEN_FILE", app.toString())).orElseThrow();
        assertEquals(BOT, settings.botToken().reveal());
        assertEquals(APP, settings.appToken().reveal());
    }

    @Test
    void settings_onlyBotToken_configErrorNamingTheMissingOne() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> SlackEnv.settings(Map.of("SLACK_BOT_TOKEN", BOT)));
        assertEquals("SLACK_APP_TOKEN", e.key());
        assertFalse(e.getMessage().contains(BOT), e.getMessage());
    }

    @Test
    void settings_tokenFileMissing_configErrorNamingTheVariable(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> SlackEnv.settings(Map.of(
                "SLACK_BOT_TOKEN_FILE", dir.resolve("nope").toString(), "SLACK_APP_TOKEN", APP)));
        assertEquals("SLACK_BOT_TOKEN_FILE", e.key());
    }
}
