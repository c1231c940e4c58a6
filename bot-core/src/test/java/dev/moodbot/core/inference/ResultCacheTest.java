package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.testing.FakeTicker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The result cache on a fake clock, in front of a real batcher over the hand-written model of the batcher tests. */
class ResultCacheTest {
    private static final long TIMEOUT_S = 10;
    private static final BatchingPolicy ONE_AT_A_TIME = new BatchingPolicy(1, 8, Duration.ZERO, 64);

    private static final Duration WINDOW = Duration.ofSeconds(30);

    private final FakeTicker ticker = new FakeTicker();
    private final ResultCache cache = new ResultCache(100, WINDOW, ticker);

    private InferenceBatcher batcher(EmotionModel model) {
        return new InferenceBatcher(model, ONE_AT_A_TIME, ticker);
    }

    private static Mood mood(CompletableFuture<Prediction> future) throws Exception {
        return future.get(TIMEOUT_S, TimeUnit.SECONDS).moods().top();
    }

    @Test
    void submit_sameTextWithinWindow_answersFromCacheWithoutTheModel() throws Exception {
        InferenceBatcherTest.GatedModel model = new InferenceBatcherTest.GatedModel(true);
        try (InferenceBatcher batcher = batcher(model)) {
            assertEquals(Mood.JOY, mood(cache.submit(batcher, "so happy").orElseThrow()));
            ticker.advance(WINDOW.minusSeconds(1));
            assertEquals(Mood.JOY, mood(cache.submit(batcher, "so happy").orElseThrow()));
            assertEquals(1, model.batches.size());
            assertEquals(1, cache.stats().hitCount());
            assertEquals(1, cache.stats().missCount());
        }
    }

    @Test
    void submit_sameTextAfterWindow_asksTheModelAgain() throws Exception {
        InferenceBatcherTest.GatedModel model = new InferenceBatcherTest.GatedModel(true);
        try (InferenceBatcher batcher = batcher(model)) {
            mood(cache.submit(batcher, "so happy").orElseThrow());
            ticker.advance(WINDOW.plusSeconds(1));
            assertEquals(Mood.JOY, mood(cache.submit(batcher, "so happy").orElseThrow()));
            assertEquals(List.of(List.of("so happy"), List.of("so happy")), model.batches);
            assertEquals(0, cache.stats().hitCount());
        }
    }

    @Test
    void submit_identicalTextsInFlight_shareOneModelCall() throws Exception {
        InferenceBatcherTest.GatedModel model = new InferenceBatcherTest.GatedModel(false);
        try (InferenceBatcher batcher = batcher(model)) {
            CompletableFuture<Prediction> first = cache.submit(batcher, "sad day").orElseThrow();
            assertTrue(model.entered.await(TIMEOUT_S, TimeUnit.SECONDS));
            CompletableFuture<Prediction> second = cache.submit(batcher, "sad day").orElseThrow();
            second.cancel(false);
            model.gate.countDown();
            // Cancelling one caller's copy leaves the shared prediction for the others.
            assertEquals(Mood.SADNESS, mood(first));
            assertEquals(Mood.SADNESS, mood(cache.submit(batcher, "sad day").orElseThrow()));
            assertEquals(1, model.batches.size());
        }
    }

    @Test
    void submit_predictionFailed_isNotKept() throws Exception {
        InferenceBatcherTest.GatedModel model = new InferenceBatcherTest.GatedModel(true);
        try (InferenceBatcher batcher = batcher(model)) {
            CompletableFuture<Prediction> failed = cache.submit(batcher, "explode").orElseThrow();
            assertThrows(ExecutionException.class, () -> failed.get(TIMEOUT_S, TimeUnit.SECONDS));
            CompletableFuture<Prediction> again = cache.submit(batcher, "explode").orElseThrow();
            assertThrows(ExecutionException.class, () -> again.get(TIMEOUT_S, TimeUnit.SECONDS));
            assertEquals(2, model.batches.size());
        }
    }

    @Test
    void submit_sizeZero_alwaysAsksTheModel() throws Exception {
        InferenceBatcherTest.GatedModel model = new InferenceBatcherTest.GatedModel(true);
        ResultCache off = new ResultCache(0, WINDOW, ticker);
        try (InferenceBatcher batcher = batcher(model)) {
            mood(off.submit(batcher, "so happy").orElseThrow());
            mood(off.submit(batcher, "so happy").orElseThrow());
            assertEquals(2, model.batches.size());
            assertEquals(0, off.stats().requestCount());
        }
    }

    @Test
    void submit_queueFull_isEmptyAndKeepsNothing() throws Exception {
        InferenceBatcherTest.GatedModel model = new InferenceBatcherTest.GatedModel(false);
        try (InferenceBatcher batcher = new InferenceBatcher(model, new BatchingPolicy(1, 1, Duration.ZERO, 1),
                ticker)) {
            cache.submit(batcher, "in the model").orElseThrow();
            assertTrue(model.entered.await(TIMEOUT_S, TimeUnit.SECONDS));
            CompletableFuture<Prediction> queued = cache.submit(batcher, "queued").orElseThrow();
            assertTrue(cache.submit(batcher, "refused").isEmpty());
            model.gate.countDown();
            mood(queued);
            assertEquals(Mood.SADNESS, mood(cache.submit(batcher, "refused").orElseThrow()));
        }
    }
}
