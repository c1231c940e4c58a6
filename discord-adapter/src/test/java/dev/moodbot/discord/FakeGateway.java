package dev.moodbot.discord;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the loopback Discord: HELLO on connect; IDENTIFY with the right token answered by READY and
 * the guild's GUILD_CREATE; heartbeats acknowledged. Only JSON text frames without compression are spoken, and a
 * client asking for anything else is refused, so the adapter's connection settings are checked too.
 */
final class FakeGateway extends WebSocketServer {
    private static final int HELLO = 10;
    private static final int IDENTIFY = 2;
    private static final int HEARTBEAT = 1;
    private static final int HEARTBEAT_ACK = 11;

    private final FakePayloads payloads;
    private final String token;
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<DataObject> identifies = new ArrayList<>();
    private final List<String> queries = new ArrayList<>();
    private final List<WebSocket> sessions = new ArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);

    FakeGateway(FakePayloads payloads, String token) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.payloads = payloads;
        this.token = token;
        setReuseAddr(true);
    }

    /** Starts listening; the port is known only once the server thread has bound it. */
    void startListening() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake gateway did not start");
        }
    }

    URI url() {
        return URI.create("ws://127.0.0.1:" + getPort());
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        String query = URI.create(handshake.getResourceDescriptor()).getQuery();
        synchronized (this) {
            queries.add(query);
        }
        boolean plainJson = query != null && query.contains("encoding=json") && query.contains("v=10")
                && !query.contains("compress");
        if (!plainJson) {
            socket.close(4002, "fake gateway speaks only encoding=json&v=10 without compression; got " + query);
            return;
        }
        socket.send(DataObject.empty().put("op", HELLO).put("d", DataObject.empty().put("heartbeat_interval", 41250))
                .toString());
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        DataObject frame = DataObject.fromJson(text);
        switch (frame.getInt("op")) {
            case HEARTBEAT -> socket.send(DataObject.empty().put("op", HEARTBEAT_ACK).toString());
            case IDENTIFY -> identify(socket, frame.getObject("d"));
            default -> { }
        }
    }

    private void identify(WebSocket socket, DataObject identify) {
        synchronized (this) {
            identifies.add(identify);
        }
        if (!token.equals(identify.getString("token"))) {
            socket.close(4004, "Authentication failed.");
            return;
        }
        synchronized (this) {
            sessions.add(socket);
        }
        dispatch("READY", payloads.ready(url().toString()));
        dispatch("GUILD_CREATE", payloads.guild());
    }

    /**
     * Sends one event to the bot that identified last and is still connected; JDA handles them in order.
     *
     * @return when it was sent, on {@link System#nanoTime()}'s clock
     */
    long dispatch(String type, DataObject data) {
        WebSocket socket;
        synchronized (this) {
            if (sessions.isEmpty()) {
                throw new IllegalStateException("no bot is connected");
            }
            socket = sessions.getLast();
        }
        long sent = System.nanoTime();
        socket.send(DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet()).put("d", data)
                .toString());
        return sent;
    }

    synchronized List<DataObject> identifies() {
        return List.copyOf(identifies);
    }

    synchronized List<String> queries() {
        return List.copyOf(queries);
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        synchronized (this) {
            sessions.remove(socket);
        }
    }

    @Override
    public void onError(WebSocket socket, Exception failure) {}

    void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
