package dev.moodbot.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The Socket Mode half of the loopback Slack: says hello to each connection, sends envelopes to the newest one still open,
 * and times how long each envelope waits for its acknowledgement.
 */
final class FakeSocketMode extends WebSocketServer {
    private final Deque<WebSocket> open = new ConcurrentLinkedDeque<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
    private final BlockingQueue<WebSocket> closed = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Duration>> acks = new ConcurrentHashMap<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

    FakeSocketMode() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the fake Socket Mode server did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link";
    }

    /** The next connection moodbot opens. */
    WebSocket awaitConnection() throws InterruptedException {
        WebSocket conn = opened.poll(20, TimeUnit.SECONDS);
        if (conn == null) {
            throw new AssertionError("moodbot did not open a Socket Mode connection");
        }
        return conn;
    }

    /** The next connection that closes. */
    WebSocket awaitClose() throws InterruptedException {
        WebSocket conn = closed.poll(20, TimeUnit.SECONDS);
        if (conn == null) {
            throw new AssertionError("no Socket Mode connection closed");
        }
        return conn;
    }

    /** Sends one envelope; the future completes with the time moodbot took to acknowledge it. */
    CompletableFuture<Duration> send(JsonObject envelope) {
        WebSocket conn = open.peekLast();
        if (conn == null) {
            throw new AssertionError("no Socket Mode connection is open");
        }
        return send(conn, envelope);
    }

    /** As {@link #send(JsonObject)}, on the given connection, as Slack picks one of an app's connections. */
    CompletableFuture<Duration> send(WebSocket conn, JsonObject envelope) {
        String id = envelope.get("envelope_id").getAsString();
        CompletableFuture<Duration> ack = acks.computeIfAbsent(id, k -> new CompletableFuture<>());
        sentAt.put(id, System.nanoTime());
        conn.send(envelope.toString());
        return ack;
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        open.addLast(conn);
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"A0FAKE\"}}");
        opened.add(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        long now = System.nanoTime();
        JsonObject ack = JsonParser.parseString(message).getAsJsonObject();
        if (ack.has("envelope_id")) {
            String id = ack.get("envelope_id").getAsString();
            Long sent = sentAt.get(id);
            acks.computeIfAbsent(id, k -> new CompletableFuture<>())
                    .complete(Duration.ofNanos(sent == null ? 0 : now - sent));
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        open.remove(conn);
        closed.add(conn);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // The test sees a missing ack or post; nothing to do here.
    }
}
