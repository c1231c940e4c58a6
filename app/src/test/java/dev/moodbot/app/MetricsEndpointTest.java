package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `moodbot run --metrics-port P` in console mode, asked over real HTTP as Prometheus and a load balancer would. */
class MetricsEndpointTest {
    private static final Pattern ANSWERED = Pattern.compile(
            "(?m)^moodbot_messages_total\\{outcome=\"answered\",platform=\"console\"} (\\d+\\.\\d+)$");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void run_consoleWithMetricsPort_healthzOkAndMetricsCountTheMood() throws Exception {
        int port = freePort();
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing);
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.execute(
                new String[] {"run", "--metrics-port", String.valueOf(port)}, Map.of(), stdin,
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        try {
            HttpResponse<String> health = awaitHealthy(port);
            assertEquals(200, health.statusCode(), health.body());
            assertEquals("ok\n", health.body());

            typing.write("/mood I am so happy today\n".getBytes(StandardCharsets.UTF_8));
            typing.flush();
            Matcher answered = awaitMetric(port);
            assertTrue(Double.parseDouble(answered.group(1)) >= 1, answered.group());
            String metrics = get(port, "/metrics").body();
            assertTrue(metrics.contains("moodbot_moods_total{mood=\"joy\"} 1.0"), metrics);
            assertTrue(metrics.contains("moodbot_reply_latency_seconds_bucket{kind=\"text\""), metrics);
            assertTrue(metrics.contains("moodbot_queue_depth"), metrics);
            assertTrue(metrics.contains("moodbot_model_load_seconds"), metrics);
        } finally {
            typing.write("/quit\n".getBytes(StandardCharsets.UTF_8));
            typing.close();
        }
        assertEquals(0, exit.get(60, TimeUnit.SECONDS), out.toString());
    }

    private HttpResponse<String> awaitHealthy(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                HttpResponse<String> response = get(port, "/healthz");
                if (response.statusCode() == 200 || System.nanoTime() > deadline) {
                    return response;
                }
            } catch (IOException notListeningYet) {
                if (System.nanoTime() > deadline) {
                    throw notListeningYet;
                }
            }
            Thread.sleep(100);
        }
    }

    private Matcher awaitMetric(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            String body = get(port, "/metrics").body();
            Matcher m = ANSWERED.matcher(body);
            if (m.find()) {
                return m;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no answered console message in /metrics:\n" + body);
            }
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
