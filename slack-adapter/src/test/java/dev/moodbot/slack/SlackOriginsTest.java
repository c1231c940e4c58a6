package dev.moodbot.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SlackOriginsTest {
    private final SlackOrigins production = new SlackOrigins(URI.create("https://slack.com/api/"));
    private final SlackOrigins loopback = new SlackOrigins(URI.create("http://127.0.0.1:8080/api/"));

    @Test
    void mayReceiveToken_slackFileHostOverHttps_allowed() {
        assertTrue(production.mayReceiveToken(URI.create("https://files.slack.com/files-pri/T1-F1/download/a.m4a")));
        assertTrue(production.mayReceiveToken(URI.create("https://FILES.slack.com:443/x")));
        assertTrue(loopback.mayReceiveToken(URI.create("https://files.slack.com/x")));
    }

    @Test
    void mayReceiveToken_sameOriginAsTheApi_allowed() {
        assertTrue(production.mayReceiveToken(URI.create("https://slack.com/files/x")));
        assertTrue(loopback.mayReceiveToken(URI.create("http://127.0.0.1:8080/files/x")));
    }

    @Test
    void mayReceiveToken_otherSchemeHostOrPort_refused() {
        assertFalse(production.mayReceiveToken(URI.create("http://files.slack.com/x")));
        assertFalse(production.mayReceiveToken(URI.create("https://files.slack.com:8443/x")));
        assertFalse(production.mayReceiveToken(URI.create("https://files.slack.com.evil.example/x")));
        assertFalse(production.mayReceiveToken(URI.create("https://evil.example/files.slack.com")));
        assertFalse(loopback.mayReceiveToken(URI.create("http://127.0.0.1:8081/files/x")));
        assertFalse(loopback.mayReceiveToken(URI.create("http://localhost:8080/files/x")));
        assertFalse(production.mayReceiveToken(URI.create("/relative/only")));
    }
}
