package dev.moodbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.Secret;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
    private static final Secret BOT = Secret.of("xoxb-1-2-abc");
    private static final Secret APP = Secret.of("xapp-1-A1-2-def");

    @Test
    void of_tokens_slackApiAndPrivateReplies() {
        SlackSettings settings = SlackSettings.of(BOT, APP);
        assertEquals(URI.create("https://slack.com/api/"), settings.apiUrl());
        assertFalse(settings.publicByDefault());
    }

    @Test
    void new_apiUrlWithoutTrailingSlash_slashAdded() {
        assertEquals(URI.create("http://127.0.0.1:9/api/"),
                new SlackSettings(BOT, APP, URI.create("http://127.0.0.1:9/api"), false).apiUrl());
    }

    @Test
    void new_tokensSwapped_namesTheVariableWithoutTheValue() {
        ConfigException e = assertThrows(ConfigException.class, () -> SlackSettings.of(APP, BOT));
        assertEquals("SLACK_BOT_TOKEN", e.key());
        assertFalse(e.getMessage().contains(APP.reveal()), e.getMessage());
    }

    @Test
    void new_notHttp_namesTheVariable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new SlackSettings(BOT, APP, URI.create("ftp://example.org/api/"), false));
        assertTrue(e.getMessage().startsWith("MOODBOT_SLACK_API_URL"), e.getMessage());
    }
}
