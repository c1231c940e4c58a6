package dev.moodbot.app.metrics;

import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodObserver;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.MoodRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * moodbot's metrics, in Micrometer's Prometheus registry. Every count comes from {@link MoodObserver}, which core
 * calls for every reply on every platform; the adapters hold no metrics code.
 * <ul>
 *   <li>{@code moodbot_messages_total{platform, outcome}}: outcome is answered, heard, rate_limited, shed (the
 *       inference queue was full) or rejected;</li>
 *   <li>{@code moodbot_moods_total{mood}}: the moods answered;</li>
 *   <li>{@code moodbot_reply_latency_seconds{kind}}: a histogram of answered requests, kind text or voice;</li>
 *   <li>{@code moodbot_queue_depth}: requests waiting for a model;</li>
 *   <li>{@code moodbot_model_load_seconds}: how long loading the models took at start-up;</li>
 *   <li>the JVM's memory, threads, CPU and uptime.</li>
 * </ul>
 */
public final class BotMetrics implements MoodObserver {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private volatile double modelLoadSeconds = Double.NaN;

    public BotMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        TimeGauge.builder("moodbot.model.load", this, TimeUnit.SECONDS, metrics -> metrics.modelLoadSeconds)
                .description("Time taken to load the models at start-up").register(registry);
    }

    /** Records how long {@link MoodBot#start} took, and watches the bot's queue. */
    public void started(MoodBot bot, Duration loadTime) {
        modelLoadSeconds = loadTime.toNanos() / 1e9;
        Gauge.builder("moodbot.queue.depth", bot, MoodBot::queuedRequests)
                .description("Requests waiting for a model").register(registry);
    }

    @Override
    public void replied(MoodRequest request, MoodReply reply, Duration elapsed) {
        Counter.builder("moodbot.messages").description("Requests answered, by platform and outcome")
                .tag("platform", request.user().platform()).tag("outcome", outcome(reply))
                .register(registry).increment();
        if (reply instanceof MoodReply.Answered answered) {
            Counter.builder("moodbot.moods").description("Moods answered")
                    .tag("mood", answered.report().mood().key()).register(registry).increment();
        }
        if (reply instanceof MoodReply.Answered || reply instanceof MoodReply.Heard) {
            Timer.builder("moodbot.reply.latency").description("Time from request to reply")
                    .tag("kind", request instanceof MoodRequest.Voice ? "voice" : "text")
                    .publishPercentileHistogram().register(registry).record(elapsed);
        }
    }

    /** The registry's contents in Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    private static String outcome(MoodReply reply) {
        return switch (reply) {
            case MoodReply.Answered a -> "answered";
            case MoodReply.Heard h -> "heard";
            case MoodReply.RateLimited r -> "rate_limited";
            case MoodReply.Busy b -> "shed";
            case MoodReply.Rejected r -> "rejected";
            // A kind of reply added later still counts, under its own name.
            default -> reply.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
