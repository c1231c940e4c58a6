package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodScores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The batcher's own mechanics, on a hand-written model that records the batches it is given and can hold a batch
 * until the test lets it go (so no test sleeps). Real models are covered by the model and MoodBot tests.
 */
class InferenceBatcherTest {
    private static final long TIMEOUT_S = 10;

    /** Scores a text as joy when it contains "happy", else sadness; holds while {@code gate} is closed. */
    static final class GatedModel implements EmotionModel {
        final List<List<String>> batches = new CopyOnWriteArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch gate;

        GatedModel(boolean open) {
            gate = new CountDownLatch(open ? 0 : 1);
        }

        @Override
        public ModelInfo info() {
            return new ModelInfo("gated", 16);
        }

        @Override
        public List<Prediction> predict(List<String> texts) {
            entered.countDown();
            try {
                gate.await(TIMEOUT_S, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batches.add(List.copyOf(texts));
            if (texts.contains("explode")) {
                throw new IllegalStateException("model failure");
            }
            List<Prediction> out = new ArrayList<>();
            for (String text : texts) {
                double[] w = new double[Mood.values().length];
                w[(text.contains("happy") ? Mood.JOY : Mood.SADNESS).ordinal()] = 1;
                out.add(new Prediction(MoodScores.of(w), OptionalDouble.empty(), false));
            }
            return out;
        }

        @Override
        public void close() {}
    }

    @Test
    void submit_whileWorkerBusy_gathersWaitingRequestsIntoOneBatch() throws Exception {
        GatedModel model = new GatedModel(false);
        try (InferenceBatcher batcher = new InferenceBatcher(model, new BatchingPolicy(1, 8, Duration.ZERO, 64),
                Ticker.systemTicker())) {
            CompletableFuture<Prediction> first = batcher.submit("happy first").orElseThrow();
            assertTrue(model.entered.await(TIMEOUT_S, TimeUnit.SECONDS));
            List<CompletableFuture<Prediction>> waiting = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                waiting.add(batcher.submit("sad " + i).orElseThrow());
            }
            model.gate.countDown();
            assertEquals(Mood.JOY, first.get(TIMEOUT_S, TimeUnit.SECONDS).moods().top());
            for (CompletableFuture<Prediction> f : waiting) {
                assertEquals(Mood.SADNESS, f.get(TIMEOUT_S, TimeUnit.SECONDS).moods().top());
            }
            assertEquals(List.of(1, 5), model.batches.stream().map(List::size).toList());
        }
    }

    @Test
    void submit_moreThanBatchSize_splitsIntoBatchesOfAtMostBatchSize() throws Exception {
        GatedModel model = new GatedModel(false);
        try (InferenceBatcher batcher = new InferenceBatcher(model, new BatchingPolicy(1, 3, Duration.ZERO, 64),
                Ticker.systemTicker())) {
            CompletableFuture<Prediction> first = batcher.submit("first").orElseThrow();
            assertTrue(model.entered.await(TIMEOUT_S, TimeUnit.SECONDS));
            List<CompletableFuture<Prediction>> rest = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                rest.add(batcher.submit("text " + i).orElseThrow());
            }
            model.gate.countDown();
            first.get(TIMEOUT_S, TimeUnit.SECONDS);
            for (CompletableFuture<Prediction> f : rest) {
                f.get(TIMEOUT_S, TimeUnit.SECONDS);
            }
            assertEquals(List.of(1, 3, 3, 1), model.batches.stream().map(List::size).toList());
        }
    }

    @Test
    void submit_queueFull_refusedAtOnce() throws Exception {
        GatedModel model = new GatedModel(false);
        try (InferenceBatcher batcher = new InferenceBatcher(model, new BatchingPolicy(1, 1, Duration.ZERO, 2),
                Ticker.systemTicker())) {
            batcher.submit("in the model").orElseThrow();
            assertTrue(model.entered.await(TIMEOUT_S, TimeUnit.SECONDS));
            assertTrue(batcher.submit("queued 1").isPresent());
            assertTrue(batcher.submit("queued 2").isPresent());
            Optional<CompletableFuture<Prediction>> refused = batcher.submit("one too many");
            assertTrue(refused.isEmpty());
            assertTrue(batcher.retryAfterNanos() > 0);
            model.gate.countDown();
        }
    }

    @Test
    void submit_batchFails_failsOnlyItsOwnCallers() throws Exception {
        GatedModel model = new GatedModel(false);
        try (InferenceBatcher batcher = new InferenceBatcher(model, new BatchingPolicy(1, 8, Duration.ZERO, 64),
                Ticker.systemTicker())) {
            CompletableFuture<Prediction> first = batcher.submit("happy").orElseThrow();
            assertTrue(model.entered.await(TIMEOUT_S, TimeUnit.SECONDS));
            CompletableFuture<Prediction> doomed = batcher.submit("explode").orElseThrow();
            CompletableFuture<Prediction> sameBatch = batcher.submit("sad").orElseThrow();
            model.gate.countDown();
            assertEquals(Mood.JOY, first.get(TIMEOUT_S, TimeUnit.SECONDS).moods().top());
            ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> doomed.get(TIMEOUT_S, TimeUnit.SECONDS));
            assertInstanceOf(IllegalStateException.class, failure.getCause());
            org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> sameBatch.get(TIMEOUT_S, TimeUnit.SECONDS));
            CompletableFuture<Prediction> after = batcher.submit("happy again").orElseThrow();
            assertEquals(Mood.JOY, after.get(TIMEOUT_S, TimeUnit.SECONDS).moods().top());
        }
    }
}
