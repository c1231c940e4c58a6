package dev.moodbot.slack;

import dev.moodbot.core.config.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a shared file from {@code url_private_download} with the bot token, only from Slack's own origins,
 * and never more than the size cap: the stream is cut off at the cap, whatever the file declared. Redirects are
 * followed by hand, so each hop is checked before the token goes with it.
 */
final class FileFetcher {
    private static final Logger log = LoggerFactory.getLogger(FileFetcher.class);
    private static final int MAX_REDIRECTS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The bytes, or the reason there are none. */
    sealed interface Fetched {
        record Bytes(byte[] bytes) implements Fetched {}

        /** More bytes arrived than the cap allows; {@code seenBytes} is how many before the download was cut. */
        record TooLarge(long seenBytes) implements Fetched {}

        record Unavailable() implements Fetched {}
    }

    private final HttpClient http;
    private final Secret botToken;
    private final SlackOrigins origins;

    FileFetcher(HttpClient http, Secret botToken, SlackOrigins origins) {
        this.http = http;
        this.botToken = botToken;
        this.origins = origins;
    }

    static HttpClient defaultClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Fetched fetch(URI url, long maxBytes) throws InterruptedException {
        URI next = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!origins.mayReceiveToken(next)) {
                log.warn("refused to fetch a shared file from {}: not a Slack origin, so no token is sent",
                        SlackOrigins.origin(next));
                return new Fetched.Unavailable();
            }
            HttpRequest request = HttpRequest.newBuilder(next).timeout(TIMEOUT).GET()
                    .header("Authorization", "Bearer " + botToken.reveal()).build();
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    int status = response.statusCode();
                    if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
                        next = next.resolve(response.headers().firstValue("Location").get());
                        continue;
                    }
                    if (status != 200) {
                        log.warn("fetching a shared file from {} answered HTTP {}", SlackOrigins.origin(next), status);
                        return new Fetched.Unavailable();
                    }
                    String type = response.headers().firstValue("Content-Type").orElse("")
                            .toLowerCase(Locale.ROOT);
                    if (type.startsWith("text/html")) {
                        // Slack's login page: the token lacks files:read, or the file is not shared with the bot.
                        log.warn("fetching a shared file answered a web page; does the bot token have files:read?");
                        return new Fetched.Unavailable();
                    }
                    return read(body, maxBytes);
                }
            } catch (IOException | IllegalArgumentException e) {
                log.warn("fetching a shared file from {} failed: {}", SlackOrigins.origin(next), e.toString());
                return new Fetched.Unavailable();
            }
        }
        log.warn("fetching a shared file redirected more than {} times", MAX_REDIRECTS);
        return new Fetched.Unavailable();
    }

    private static Fetched read(InputStream body, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = body.read(buffer)) != -1) {
            if (out.size() + (long) n > maxBytes) {
                log.info("a shared file went past voice.maxBytes ({}) while downloading; stopped", maxBytes);
                return new Fetched.TooLarge(out.size() + (long) n);
            }
            out.write(buffer, 0, n);
        }
        return new Fetched.Bytes(out.toByteArray());
    }
}
