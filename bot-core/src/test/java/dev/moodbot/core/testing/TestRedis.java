package dev.moodbot.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real redis-server (6.2, from embedded-redis) on 127.0.0.1 and a free port, without persistence. It can be
 * stopped and started again on the same port, to test what the bot does while Redis is away.
 */
public final class TestRedis implements AutoCloseable {
    private final int port;
    private final String password;
    private RedisServer server;

    private TestRedis(int port, String password) {
        this.port = port;
        this.password = password;
    }

    /** A started Redis that asks for no password. */
    public static TestRedis start() {
        return start(null);
    }

    /** A started Redis that asks for {@code password} ({@code null}: none). */
    public static TestRedis start(String password) {
        TestRedis redis = new TestRedis(freePort(), password);
        redis.resume();
        return redis;
    }

    /** {@code redis://127.0.0.1:PORT}, with the password when there is one. */
    public String url() {
        return "redis://" + (password == null ? "" : ":" + password + "@") + "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Stops the server; its data is gone. */
    public synchronized void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new server on the same port. */
    public synchronized void resume() {
        try {
            server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no")
                    .settingIf(password != null, "requirepass " + password)
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (server != null && server.isActive()) {
            server.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
