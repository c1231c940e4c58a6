package dev.moodbot.discord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AttachmentDownloaderTest {
    private static final int CAP = 1024;
    private static final byte[] LARGE = new byte[100 * CAP];

    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService threads;
    private AttachmentDownloader downloader;

    @BeforeEach
    void start() throws IOException {
        Arrays.fill(LARGE, (byte) 7);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/small", exchange -> send(exchange, new byte[] {1, 2, 3}));
        server.createContext("/large", exchange -> send(exchange, LARGE));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/small");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/stalled", exchange -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        threads = Executors.newFixedThreadPool(2);
        server.setExecutor(threads);
        server.start();
        downloader = new AttachmentDownloader(CAP, Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        release.countDown();
        downloader.close();
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void download_smallFile_allItsBytes() throws Exception {
        assertArrayEquals(new byte[] {1, 2, 3}, downloader.download(url("/small")).get(10, TimeUnit.SECONDS));
    }

    @Test
    void download_bodyOverCap_stopsOneBytePastTheCap() throws Exception {
        // One byte over is enough for core to refuse the note as too large, without reading the rest.
        assertEquals(CAP + 1, downloader.download(url("/large")).get(10, TimeUnit.SECONDS).length);
    }

    @Test
    void download_redirect_notFollowed() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> downloader.download(url("/moved")).get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("302"), e.getCause().getMessage());
    }

    @Test
    void download_serverNeverAnswers_failsWithTimeout() {
        ExecutionException e;
        try (AttachmentDownloader impatient = new AttachmentDownloader(CAP, Duration.ofSeconds(1))) {
            e = assertThrows(ExecutionException.class,
                    () -> impatient.download(url("/stalled")).get(10, TimeUnit.SECONDS));
        }
        assertTrue(e.getCause() instanceof TimeoutException || e.getCause() instanceof HttpTimeoutException,
                e.getCause().toString());
    }

    @Test
    void download_notFound_failsWithTheStatus() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> downloader.download(url("/missing")).get(10, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("404"), e.getCause().getMessage());
    }

    @Test
    void download_notHttp_failedFutureNotAThrow() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> downloader.download("file:///etc/passwd").get(10, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, e.getCause());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client may stop reading once it has enough
        }
        exchange.close();
    }
}
