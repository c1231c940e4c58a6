package dev.moodbot.slack;

import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.MoodRequest;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work behind an acknowledged request on the adapter's workers: asks core, renders, posts. Handlers
 * return their ack at once and leave everything else here.
 */
final class MoodDelivery {
    private static final Logger log = LoggerFactory.getLogger(MoodDelivery.class);

    static final String CHART_FILE = "mood-history.png";

    private final MoodBot bot;
    private final SlackPoster poster;
    private final Executor workers;

    MoodDelivery(MoodBot bot, SlackPoster poster, Executor workers) {
        this.bot = bot;
        this.poster = poster;
        this.workers = workers;
    }

    /**
     * Asks core from a worker, so that not even the first request's warm-up delays an ack; core answers on its
     * own threads, and the post, which blocks on Slack, goes back to the workers.
     */
    void answer(MoodRequest request, ReplyTarget target) {
        later("asking core", () -> bot.handle(request).thenAcceptAsync(reply -> deliver(target, reply), workers)
                .exceptionally(failure -> {
                    log.error("answering {} failed", request.user(), failure);
                    return null;
                }));
    }

    /** A chart is a file, and files go to the asker's DM; the reply where they asked says so. */
    void deliver(ReplyTarget target, MoodReply reply) {
        if (reply instanceof MoodReply.Chart chart) {
            poster.uploadToDm(target.user(), CHART_FILE, chart.png(), chart.caption());
        }
        poster.post(target, SlackReplies.render(reply));
    }

    void notice(ReplyTarget target, String text) {
        poster.post(target, SlackMessage.notice(text));
    }

    /**
     * Runs a handler's few lines so that whatever they throw is logged and the envelope is still acknowledged:
     * an unacknowledged envelope would only come back, and fail again.
     */
    void guard(String what, Runnable handling) {
        try {
            handling.run();
        } catch (RuntimeException e) {
            log.error("handling {} failed", what, e);
        }
    }

    /** Blocking work (a download) off the ack thread; a failure is logged, never thrown at Bolt. */
    void later(String what, Job job) {
        try {
            workers.execute(() -> {
                try {
                    job.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    log.error("{} failed", what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("{} dropped: the Slack adapter is shutting down", what);
        }
    }

    @FunctionalInterface
    interface Job {
        void run() throws InterruptedException;
    }
}
