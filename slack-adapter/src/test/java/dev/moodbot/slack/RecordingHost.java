package dev.moodbot.slack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A host that is not Slack (another port on 127.0.0.1 is another origin). It serves real audio to anyone, so a
 * download from it would succeed, and records every request and any Authorization header sent to it.
 */
final class RecordingHost implements AutoCloseable {
    private final HttpServer server;
    private final List<Optional<String>> authorizations = new CopyOnWriteArrayList<>();

    RecordingHost(byte[] audio) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            authorizations.add(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(200, audio.length);
            exchange.getResponseBody().write(audio);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** One entry a request, with the Authorization header it carried. */
    List<Optional<String>> authorizations() {
        return List.copyOf(authorizations);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
