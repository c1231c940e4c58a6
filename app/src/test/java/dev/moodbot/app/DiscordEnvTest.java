package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.app.config.DiscordConfig;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.discord.DiscordSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordEnvTest {
    private static final DiscordConfig GLOBAL = DiscordConfig.defaults();

    @Test
    void settings_noToken_empty() {
        assertTrue(DiscordEnv.settings(Map.of(DiscordEnv.API_URL, "http://127.0.0.1:1/"), GLOBAL).isEmpty());
    }

    @Test
    void settings_tokenOnly_discordItselfAndGlobalCommands() {
        DiscordSettings settings = DiscordEnv.settings(Map.of("DISCORD_TOKEN", " abc.def "), GLOBAL).orElseThrow();
        assertEquals("abc.def", settings.token().reveal());
        assertEquals(URI.create("https://discord.com/api/v10/"), settings.apiUrl());
        assertEquals(URI.create("wss://gateway.discord.gg"), settings.gatewayUrl());
        assertEquals(OptionalLong.empty(), settings.commandGuildId());
        assertFalse(settings.toString().contains("abc.def"), "the token never shows in toString");
    }

    @Test
    void settings_tokenFileAndUrlsAndGuild_allUsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "from-file\n");
        DiscordSettings settings = DiscordEnv.settings(Map.of("DISCORD_TOKEN_FILE", file.toString(),
                        DiscordEnv.API_URL, "http://127.0.0.1:8080/api/v10/",
                        DiscordEnv.GATEWAY_URL, "ws://127.0.0.1:8081"),
                new DiscordConfig("123456789012345678")).orElseThrow();
        assertEquals("from-file", settings.token().reveal());
        assertEquals(URI.create("http://127.0.0.1:8080/api/v10/"), settings.apiUrl());
        assertEquals(URI.create("ws://127.0.0.1:8081"), settings.gatewayUrl());
        assertEquals(OptionalLong.of(123456789012345678L), settings.commandGuildId());
    }

    @Test
    void settings_unreadableTokenFile_namesTheVariable(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> DiscordEnv.settings(
                Map.of("DISCORD_TOKEN_FILE", dir.resolve("missing").toString()), GLOBAL));
        assertEquals("DISCORD_TOKEN_FILE", e.key());
    }

    @Test
    void settings_gatewayUrlNotWebSocket_namesTheVariable() {
        ConfigException e = assertThrows(ConfigException.class, () -> DiscordEnv.settings(
                Map.of("DISCORD_TOKEN", "t", DiscordEnv.GATEWAY_URL, "https://gateway.example"), GLOBAL));
        assertEquals(DiscordEnv.GATEWAY_URL, e.key());
        assertTrue(e.getMessage().contains("https://gateway.example"), e.getMessage());
    }
}
