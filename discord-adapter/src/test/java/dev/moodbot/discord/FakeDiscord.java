package dev.moodbot.discord;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A loopback Discord on 127.0.0.1 for JDA to log into: the REST API under {@code /api/v10/}, a CDN route for
 * attachments, and the gateway ({@link FakeGateway}). It records every REST call so that tests can wait for the one
 * they expect, and it can answer the next call on a route with a 429.
 */
final class FakeDiscord implements AutoCloseable {
    static final String TOKEN = "fake-bot-token.for-tests-only";
    private static final String API = "/api/v10/";

    final FakePayloads payloads = new FakePayloads();
    private final HttpServer http;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(4);
    private final FakeGateway gateway;
    private final List<Recorded> recorded = new ArrayList<>();
    private final Map<String, byte[]> cdn = new ConcurrentHashMap<>();
    private final Map<String, DataObject> dmChannels = new ConcurrentHashMap<>();
    private final List<Predicate<Recorded>> tooManyRequests = new ArrayList<>();
    private final Map<String, DataArray> commands = new ConcurrentHashMap<>();

    /** One REST call as the fake received it; {@code json} is empty for calls without a body. */
    record Recorded(String method, String path, String query, String json, String authorization, long nanoTime) {
        boolean is(String method, String pathPrefix) {
            return this.method.equals(method) && path.startsWith(pathPrefix);
        }

        DataObject body() {
            return json.startsWith("{") ? DataObject.fromJson(json) : DataObject.empty();
        }

        DataArray array() {
            return json.startsWith("[") ? DataArray.fromJson(json) : DataArray.empty();
        }
    }

    FakeDiscord() throws IOException, InterruptedException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext(API, this::api);
        http.createContext("/cdn/", this::cdn);
        http.setExecutor(httpThreads);
        http.start();
        gateway = new FakeGateway(payloads, TOKEN);
        gateway.startListening();
    }

    URI apiUrl() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + API);
    }

    URI gatewayUrl() {
        return gateway.url();
    }

    FakeGateway gateway() {
        return gateway;
    }

    /** Serves {@code bytes} at a CDN URL, as Discord does for an attachment, and returns that URL. */
    String serve(String fileName, byte[] bytes) {
        String path = "/cdn/attachments/" + payloads.next() + "/" + fileName;
        cdn.put(path, bytes);
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    /** The next REST call matching {@code route} is answered 429 with a Retry-After of one second. */
    synchronized void rateLimitNext(Predicate<Recorded> route) {
        tooManyRequests.add(route);
    }

    /** Waits for a recorded call that matches; fails the test when none came within {@code timeout}. */
    synchronized Recorded await(Predicate<Recorded> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Recorded call : recorded) {
                if (match.test(call)) {
                    return call;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching Discord call within " + timeout + "; the last ones: "
                        + recorded.subList(Math.max(0, recorded.size() - 6), recorded.size()).stream()
                                .map(call -> call.method() + " " + call.path() + " " + abbreviate(call.json()))
                                .toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized List<Recorded> calls(Predicate<Recorded> match) {
        return recorded.stream().filter(match).toList();
    }

    private static String abbreviate(String json) {
        return json.length() <= 160 ? json : json.substring(0, 160) + "…";
    }

    private synchronized void record(Recorded call) {
        recorded.add(call);
        notifyAll();
    }

    private synchronized boolean takeRateLimit(Recorded call) {
        return tooManyRequests.removeIf(route -> route.test(call));
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(API.length());
            String query = exchange.getRequestURI().getQuery();
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            String json = new String(raw, StandardCharsets.UTF_8).strip();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null && contentType.startsWith("multipart/form-data")) {
                json = multipart(path, contentType, raw);
            }
            Recorded call = new Recorded(exchange.getRequestMethod(), path, query == null ? "" : query, json,
                    exchange.getRequestHeaders().getFirst("Authorization"), System.nanoTime());
            if (!("Bot " + TOKEN).equals(call.authorization()) && !path.startsWith("webhooks/")
                    && !path.startsWith("interactions/")) {
                respond(exchange, 401, DataObject.empty().put("message", "401: Unauthorized").put("code", 0));
                return;
            }
            if (takeRateLimit(call)) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
                exchange.getResponseHeaders().add("X-RateLimit-Bucket", "fake-bucket");
                exchange.getResponseHeaders().add("Via", "1.1 fake");
                record(new Recorded(call.method() + "-429", path, call.query(), call.json(), call.authorization(),
                        call.nanoTime()));
                respond(exchange, 429, DataObject.empty().put("message", "You are being rate limited.")
                        .put("retry_after", 1.0).put("global", false));
                return;
            }
            Object answer = route(call);
            record(call);
            if (answer == null) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                respond(exchange, 200, answer);
            }
        }
    }

    /** A file a message carried, as Discord receives it: a part of a multipart request beside its payload_json. */
    record Upload(String path, String fileName, byte[] bytes) {}

    private final List<Upload> uploads = new java.util.concurrent.CopyOnWriteArrayList<>();

    List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** Keeps the files of a multipart request and returns its payload_json part. */
    private String multipart(String path, String contentType, byte[] raw) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        String body = new String(raw, StandardCharsets.ISO_8859_1);
        String json = "";
        for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
            int split = part.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String headers = part.substring(0, split);
            String content = part.substring(split + 4, Math.max(split + 4, part.length() - 2));
            java.util.regex.Matcher file = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
            if (file.find()) {
                uploads.add(new Upload(path, file.group(1), content.getBytes(StandardCharsets.ISO_8859_1)));
            } else if (headers.contains("name=\"payload_json\"")) {
                json = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).strip();
            }
        }
        return json;
    }

    private Object route(Recorded call) {
        String app = "applications/" + payloads.applicationId + "/";
        return switch (call.method() + " " + call.path()) {
            case "GET users/@me" -> payloads.botUser();
            case "POST users/@me/channels" -> dmChannel(call.body().getString("recipient_id"));
            default -> {
                if (call.path().equals(app + "commands") || call.path().startsWith(app + "guilds/")) {
                    yield commands(call);
                }
                if (call.is("POST", "channels/") || call.is("POST", "webhooks/") || call.is("PATCH", "webhooks/")) {
                    yield sentMessage(call);
                }
                yield null;
            }
        };
    }

    /** Global or guild commands, kept per route; a PUT replaces them all, as Discord's bulk overwrite does. */
    private synchronized DataArray commands(Recorded call) {
        if (call.method().equals("PUT")) {
            DataArray given = call.array();
            DataArray stored = DataArray.empty();
            for (int i = 0; i < given.length(); i++) {
                stored.add(given.getObject(i).put("id", payloads.next()).put("application_id", payloads.applicationId)
                        .put("version", payloads.next()));
            }
            commands.put(call.path(), stored);
        }
        return commands.getOrDefault(call.path(), DataArray.empty());
    }

    private DataObject dmChannel(String recipientId) {
        return dmChannels.computeIfAbsent(recipientId,
                id -> payloads.dmChannel(payloads.next(), payloads.user(id, "user-" + id, false)));
    }

    /** Echoes a sent or edited message back as Discord would store it. */
    private DataObject sentMessage(Recorded call) {
        String channel = call.path().startsWith("channels/") ? call.path().split("/")[1] : payloads.channelId;
        DataObject message = payloads.message(payloads.next(), channel, null, payloads.botUser(),
                call.body().getString("content", ""));
        call.body().optArray("embeds").ifPresent(embeds -> {
            embeds.stream(DataArray::getObject).forEach(embed -> embed.put("type", "rich"));
            message.put("embeds", embeds);
        });
        call.body().optArray("components").ifPresent(components -> message.put("components", components));
        message.put("flags", call.body().getInt("flags", 0));
        return message;
    }

    private void cdn(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = cdn.get(exchange.getRequestURI().getPath());
            record(new Recorded("CDN " + exchange.getRequestMethod(), exchange.getRequestURI().getPath(), "",
                    "", exchange.getRequestHeaders().getFirst("Authorization"), System.nanoTime()));
            if (bytes == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "audio/ogg");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, Object json) throws IOException {
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        gateway.close();
        http.stop(0);
        httpThreads.shutdownNow();
    }
}
