package dev.moodbot.discord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Fetches an attachment from the URL Discord gave for it, and from nowhere else: no redirects, no token, a time
 * limit on the whole transfer, and never more than one byte past the size cap, so that an over-size file that
 * declared itself small is still refused by core's own size check without being read in full.
 */
final class AttachmentDownloader implements AutoCloseable {
    private final HttpClient http;
    private final long maxBytes;
    private final Duration timeout;

    AttachmentDownloader(long maxBytes, Duration timeout) {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    /** Never throws: a URL that cannot be fetched is a failed future, answered like any other failure. */
    CompletableFuture<byte[]> download(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new IOException("attachment URL is not a URL", e));
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            return CompletableFuture.failedFuture(new IOException("attachment URL is not http(s): " + uri.getScheme()));
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        CompletableFuture<HttpResponse<byte[]>> sent = http.sendAsync(request, response ->
                response.statusCode() == 200
                        ? new CappedBody(maxBytes + 1)
                        : BodySubscribers.replacing(null));
        return sent.copy().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        sent.cancel(true);
                    }
                })
                .thenCompose(response -> response.statusCode() == 200
                        ? CompletableFuture.completedFuture(response.body())
                        : CompletableFuture.failedFuture(new IOException(
                                "attachment download answered HTTP " + response.statusCode())));
    }

    @Override
    public void close() {
        http.close();
    }

    /** Collects the body until {@code limit} bytes, then stops the transfer. */
    private static final class CappedBody implements BodySubscriber<byte[]> {
        private final long limit;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                int take = (int) Math.min(buffer.remaining(), limit - out.size());
                byte[] chunk = new byte[take];
                buffer.get(chunk);
                out.write(chunk, 0, take);
                if (out.size() >= limit) {
                    subscription.cancel();
                    body.complete(out.toByteArray());
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(out.toByteArray());
        }
    }
}
