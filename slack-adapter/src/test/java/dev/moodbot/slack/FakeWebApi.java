package dev.moodbot.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP half of a loopback Slack on 127.0.0.1: the Web API methods moodbot calls, command response URLs, and a
 * file host that serves a clip only to the right bot token. Every post is recorded for the test to read.
 */
final class FakeWebApi implements AutoCloseable {
    static final String BOT_TOKEN = "xoxb-fake-bot-token-123456";
    static final String APP_TOKEN = "xapp-fake-app-token-654321";
    static final String TEAM = "T0FAKE";
    static final String BOT_USER = "U0BOT";

    /** One message moodbot sent: through which method, with which fields. */
    record Post(String method, Map<String, String> fields, Optional<JsonObject> json) {
        String field(String name) {
            return json.map(j -> j.has(name) && !j.get(name).isJsonNull()
                    ? (j.get(name).isJsonPrimitive() ? j.get(name).getAsString() : j.get(name).toString())
                    : null).orElse(fields.get(name));
        }
    }

    /** One request for a file: its path and the Authorization header it carried, if any. */
    record FileRequest(String path, Optional<String> authorization) {}

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(4);
    private final String webSocketUrl;
    /** Posts by where they went: a channel id, or a response URL's path; tests never see each other's. */
    private final Map<String, BlockingQueue<Post>> posts = new ConcurrentHashMap<>();
    private final List<FileRequest> fileRequests = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> fileInfos = new ConcurrentHashMap<>();
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    private final AtomicInteger postMessage429s = new AtomicInteger();
    private final AtomicInteger ts = new AtomicInteger(1000);

    FakeWebApi(String webSocketUrl) throws IOException {
        this.webSocketUrl = webSocketUrl;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
        server.createContext("/files/", this::file);
        server.createContext("/upload/", this::upload);
        server.setExecutor(handlers);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    URI apiUrl() {
        return base().resolve("api/");
    }

    String responseUrl(String id) {
        return base().resolve("respond/" + id).toString();
    }

    /** Serves {@code bytes} at /files/{name} to the bot token only; returns its url_private_download. */
    String serveFile(String name, byte[] bytes) {
        files.put(name, bytes);
        return base().resolve("files/" + name).toString();
    }

    /** What files.info answers for {@code id}. */
    void fileInfo(String id, JsonObject file) {
        fileInfos.put(id, file);
    }

    /** The next {@code n} chat.postMessage calls are answered 429 with Retry-After: 1. */
    void rateLimitNextPostMessages(int n) {
        postMessage429s.set(n);
    }

    /** The next post to {@code target}: a channel id, or the response URL a command carried. */
    Post nextPost(String target, long timeoutSeconds) throws InterruptedException {
        Post post = queue(target).poll(timeoutSeconds, TimeUnit.SECONDS);
        if (post == null) {
            throw new AssertionError("moodbot posted nothing to " + target + " within " + timeoutSeconds + " s");
        }
        return post;
    }

    /** Posts to {@code target} not yet read. */
    List<Post> pendingPosts(String target) {
        return List.copyOf(queue(target));
    }

    private BlockingQueue<Post> queue(String target) {
        String key = target.startsWith("http") ? URI.create(target).getPath() : target;
        return posts.computeIfAbsent(key, k -> new LinkedBlockingQueue<>());
    }

    /** Bytes that moodbot uploaded (files.uploadV2's second step), by file id. */
    byte[] uploaded(String fileId) {
        return uploads.get(fileId);
    }

    List<FileRequest> fileRequests() {
        return List.copyOf(fileRequests);
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        Map<String, String> fields = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expected = method.equals("apps.connections.open") ? APP_TOKEN : BOT_TOKEN;
        if (!("Bearer " + expected).equals(auth)) {
            json(exchange, 200, "{\"ok\":false,\"error\":\"invalid_auth\"}");
            return;
        }
        switch (method) {
            case "auth.test" -> json(exchange, 200, "{\"ok\":true,\"url\":\"https://fake.slack.test/\",\"team\":\"Fake\","
                    + "\"user\":\"moodbot\",\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER
                    + "\",\"bot_id\":\"B0BOT\"}");
            case "apps.connections.open" -> json(exchange, 200, "{\"ok\":true,\"url\":\"" + webSocketUrl + "\"}");
            case "chat.postMessage" -> {
                if (postMessage429s.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    json(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                    return;
                }
                queue(fields.getOrDefault("channel", "")).add(new Post(method, fields, Optional.empty()));
                json(exchange, 200, "{\"ok\":true,\"channel\":\"" + fields.get("channel") + "\",\"ts\":\"1700000000."
                        + ts.incrementAndGet() + "\"}");
            }
            case "chat.postEphemeral" -> {
                queue(fields.getOrDefault("channel", "")).add(new Post(method, fields, Optional.empty()));
                json(exchange, 200, "{\"ok\":true,\"message_ts\":\"1700000000." + ts.incrementAndGet() + "\"}");
            }
            case "files.info" -> {
                JsonObject file = fileInfos.get(fields.get("file"));
                json(exchange, 200, file == null ? "{\"ok\":false,\"error\":\"file_not_found\"}"
                        : "{\"ok\":true,\"file\":" + file + "}");
            }
            case "conversations.open" -> json(exchange, 200, "{\"ok\":true,\"channel\":{\"id\":\"D"
                    + fields.get("users") + "\"}}");
            case "files.getUploadURLExternal" -> {
                String fileId = "F" + ts.incrementAndGet();
                json(exchange, 200, "{\"ok\":true,\"file_id\":\"" + fileId + "\",\"upload_url\":\""
                        + base().resolve("upload/" + fileId) + "\"}");
            }
            case "files.completeUploadExternal" -> {
                queue(fields.getOrDefault("channel_id", "")).add(new Post(method, fields, Optional.empty()));
                json(exchange, 200, "{\"ok\":true,\"files\":" + fields.get("files") + "}");
            }
            default -> json(exchange, 200, "{\"ok\":false,\"error\":\"unknown_method\"}");
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        queue(exchange.getRequestURI().getPath()).add(new Post("response_url", Map.of(),
                Optional.of(JsonParser.parseString(body).getAsJsonObject())));
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    /** The upload URL files.getUploadURLExternal handed out: keeps the bytes as sent (raw or one multipart part). */
    private void upload(HttpExchange exchange) throws IOException {
        String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
        uploads.put(fileId, exchange.getRequestBody().readAllBytes());
        byte[] ok = "OK".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, ok.length);
        exchange.getResponseBody().write(ok);
        exchange.close();
    }

    /** Like files.slack.com: the file for the bot token, a login page for anyone else. */
    private void file(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        fileRequests.add(new FileRequest(exchange.getRequestURI().getPath(), Optional.ofNullable(auth)));
        byte[] bytes = files.get(exchange.getRequestURI().getPath().substring("/files/".length()));
        if (bytes == null) {
            exchange.sendResponseHeaders(404, -1);
        } else if (!("Bearer " + BOT_TOKEN).equals(auth)) {
            byte[] page = "<html><body>Sign in to Slack</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
        } else {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
        exchange.close();
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body.isBlank()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.put(key, value);
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
