package dev.moodbot.app;

import dev.moodbot.core.MoodBot;
import dev.moodbot.slack.SlackMoodApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The chat platforms whose tokens are set, on one MoodBot, running until the JVM is asked to stop (SIGTERM). */
final class Platforms {
    private static final Logger log = LoggerFactory.getLogger(Platforms.class);
    private static final long SHUTDOWN_SECONDS = 20;

    private Platforms() {}

    /** Starts each platform with tokens in {@code env}; empty when none has, which means console mode. */
    static List<AutoCloseable> start(MoodBot bot, Map<String, String> env) {
        List<AutoCloseable> running = new ArrayList<>();
        SlackEnv.settings(env).ifPresent(settings -> running.add(SlackMoodApp.start(bot, settings)));
        return running;
    }

    /** Blocks until shutdown, then closes the platforms before the JVM exits. */
    static void runUntilShutdown(List<AutoCloseable> running) {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "moodbot-platforms-shutdown"));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (AutoCloseable platform : running.reversed()) {
                try {
                    platform.close();
                } catch (Exception e) {
                    log.warn("closing {} failed: {}", platform.getClass().getSimpleName(), e.toString());
                }
            }
            stopped.countDown();
        }
    }
}
