package dev.moodbot.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HealthServerTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void healthz_platformDisconnected_503WithReasonThenDegradedThen200() throws Exception {
        AtomicReference<Health> health = new AtomicReference<>(new Health.NotReady("Discord is not connected"));
        try (HealthServer server = HealthServer.start("127.0.0.1", 0, new BotMetrics(), health::get)) {
            HttpResponse<String> down = get(server, "/healthz", "GET");
            assertEquals(503, down.statusCode());
            assertEquals("not ready: Discord is not connected\n", down.body());

            health.set(new Health.Degraded("Redis is unreachable"));
            HttpResponse<String> degraded = get(server, "/healthz", "GET");
            assertEquals(200, degraded.statusCode(), "it still answers every message");
            assertEquals("ok, degraded: Redis is unreachable\n", degraded.body());

            health.set(new Health.Ready());
            HttpResponse<String> ok = get(server, "/healthz", "GET");
            assertEquals(200, ok.statusCode());
            assertEquals("ok\n", ok.body());
            assertEquals(405, get(server, "/metrics", "POST").statusCode());
            HttpResponse<String> metrics = get(server, "/metrics", "GET");
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            assertTrue(metrics.body().contains("jvm_memory_used_bytes"), metrics.body());
        }
    }

    private HttpResponse<String> get(HealthServer server, String path, String method) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
