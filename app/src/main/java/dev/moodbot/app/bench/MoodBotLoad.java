package dev.moodbot.app.bench;

import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.UserRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives {@link MoodBot#handle} the way chat users would: closed loop (each caller sends its next message when the
 * last one is answered) or open loop (messages arrive at a fixed rate whether or not earlier ones are done).
 */
public final class MoodBotLoad {
    private static final long TIMEOUT_S = 120;

    private final MoodBot bot;

    public MoodBotLoad(MoodBot bot) {
        this.bot = bot;
    }

    /** {@code callers} threads share {@code texts}; each message's latency runs from send to answer. */
    public Latencies closedLoop(String name, List<String> texts, int callers) throws InterruptedException {
        long[] nanos = new long[texts.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long hitsBefore = bot.resultCacheStats().hitCount();
        List<Thread> threads = new ArrayList<>();
        long cpu = Latencies.processCpuNanos();
        long start = System.nanoTime();
        for (int c = 0; c < callers; c++) {
            UserRef user = new UserRef("bench", "caller-" + c);
            threads.add(Thread.ofPlatform().name("bench-caller-" + c).start(() -> {
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    if (!answered(bot.handle(MoodRequest.text(user, texts.get(i))))) {
                        failed.incrementAndGet();
                    }
                    nanos[i] = System.nanoTime() - sent;
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(TIMEOUT_S));
        }
        long elapsed = System.nanoTime() - start;
        return Latencies.of(name, texts.size(), elapsed, nanos, failed.get(),
                bot.resultCacheStats().hitCount() - hitsBefore, Latencies.processCpuNanos() - cpu);
    }

    /**
     * Sends {@code texts} at {@code perSecond}; a message's latency runs from when it was due, so a late send
     * counts against the bot instead of hiding (no coordinated omission).
     */
    public Latencies openLoop(String name, List<String> texts, double perSecond) throws InterruptedException {
        long[] nanos = new long[texts.size()];
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(texts.size());
        long hitsBefore = bot.resultCacheStats().hitCount();
        long interval = (long) (1e9 / perSecond);
        long cpu = Latencies.processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            int index = i;
            UserRef user = new UserRef("bench", "user-" + (i % 500));
            bot.handle(MoodRequest.text(user, texts.get(i))).whenComplete((reply, error) -> {
                nanos[index] = System.nanoTime() - due;
                if (!(reply instanceof MoodReply.Answered)) {
                    failed.incrementAndGet();
                }
                done.countDown();
            });
        }
        done.await(TIMEOUT_S, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        return Latencies.of(name, texts.size(), elapsed, nanos, failed.get(),
                bot.resultCacheStats().hitCount() - hitsBefore, Latencies.processCpuNanos() - cpu);
    }

    private static boolean answered(CompletableFuture<MoodReply> reply) {
        try {
            return reply.get(TIMEOUT_S, TimeUnit.SECONDS) instanceof MoodReply.Answered;
        } catch (Exception e) {
            return false;
        }
    }
}
