package dev.moodbot.core.history;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the keeper's retention purge at start and then every {@code period}, on one daemon thread. */
public final class RetentionPurge implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final ScheduledExecutorService timer;

    private RetentionPurge(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static RetentionPurge start(HistoryKeeper keeper, Duration period) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "moodbot-history-purge");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> purge(keeper), 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return new RetentionPurge(timer);
    }

    private static void purge(HistoryKeeper keeper) {
        try {
            int purged = keeper.purgeExpired();
            if (purged > 0) {
                log.info("history: purged {} readings older than the retention", purged);
            }
        } catch (RuntimeException e) {
            // A failed purge must not cancel the schedule; the next run tries again.
            log.warn("history purge failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
