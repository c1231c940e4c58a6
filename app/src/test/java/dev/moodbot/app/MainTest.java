package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The rough edges a new user meets first: help on every command, and a platform that cannot be reached. */
class MainTest {
    private static final String FAKE_DISCORD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.abcdefghijklmnopqrstuvwxyz01234567";

    record Run(int exitCode, String out, String err) {}

    private static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, env, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "analyze", "eval", "eval-stt", "train-head", "train-korean", "voice-bench", "bench",
        "help"})
    void execute_helpOnEveryCommand_printsUsageAndExitsZero(String command) {
        Run run = run(Map.of(), command, "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Usage: moodbot " + command), run.out());
    }

    @Test
    void execute_consoleUserSendsMoreThanTheDefaultBurst_everyMessageAnswered() {
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[0], Map.of(), new ByteArrayInputStream(
                "/mood great\n/mood awful\n/mood fine\n/mood scary\n/mood wow\n/mood meh\n".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertEquals(0, code);
        assertEquals(6, out.toString().lines().filter(line -> line.startsWith("  • ")).count() / 3, out.toString());
        assertFalse(out.toString().contains("⏳"), out.toString());
    }

    @Test
    void execute_discordHostRefusesConnections_oneLineNamingDiscordExitOne() throws IOException {
        Run run = run(Map.of("DISCORD_TOKEN", FAKE_DISCORD_TOKEN, "MOODBOT_DISCORD_API_URL",
                "http://127.0.0.1:" + closedPort() + "/api/v10/"), "run");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("moodbot: Discord: cannot reach http://127.0.0.1:"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void execute_slackHostRefusesConnections_oneLineSaysUnreachableNotInvalidToken() throws IOException {
        Run run = run(Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-fake", "SLACK_APP_TOKEN", "xapp-1-A1-2-fake",
                "MOODBOT_SLACK_API_URL", "http://127.0.0.1:" + closedPort() + "/api/"), "run");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("moodbot: Slack: cannot reach http://127.0.0.1:"), run.err());
        assertFalse(run.err().contains("invalid"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void execute_clusterRedisUnreachable_oneLineNamingTheKeyNeverThePassword() throws IOException {
        Run run = run(Map.of("DISCORD_TOKEN", FAKE_DISCORD_TOKEN,
                ClusterEnv.REDIS, "redis://:hunter2@127.0.0.1:" + closedPort()), "run");
        assertEquals(Main.CONFIG_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("moodbot: configuration error: cluster.redis: cannot connect to Redis"),
                run.err());
        assertFalse(run.err().contains("hunter2"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void requireResolvable_unknownHost_namesPlatformAndDns() {
        PlatformUnavailableException e = assertThrows(PlatformUnavailableException.class,
                () -> PlatformStart.requireResolvable("Slack", URI.create("https://moodbot-test.invalid/api/")));
        assertTrue(e.getMessage().startsWith("Slack: cannot resolve moodbot-test.invalid (DNS failure"),
                e.getMessage());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
