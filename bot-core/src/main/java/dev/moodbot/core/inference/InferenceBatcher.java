package dev.moodbot.core.inference;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers concurrent requests into micro-batches for one model, the way DJL Serving's {@code BatchAggregator} does:
 * a worker blocks for the first request, then takes more until the batch is full or the batch delay is over. The
 * queue in front is bounded; when it is full a request is refused at once instead of waiting.
 */
public final class InferenceBatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InferenceBatcher.class);

    private final EmotionModel model;
    private final BatchingPolicy policy;
    private final Ticker ticker;
    private final BlockingQueue<Job> queue;
    private final List<Thread> workers = new ArrayList<>();
    /** Recent cost of one request in nanoseconds, to tell a refused caller how long to wait. */
    private final AtomicLong nanosPerRequest = new AtomicLong(TimeUnit.MILLISECONDS.toNanos(10));

    private volatile boolean closed;

    private record Job(String text, CompletableFuture<Prediction> result) {}

    public InferenceBatcher(EmotionModel model, BatchingPolicy policy, Ticker ticker) {
        this.model = model;
        this.policy = policy;
        this.ticker = ticker;
        this.queue = new ArrayBlockingQueue<>(policy.queueCapacity());
        for (int i = 0; i < policy.workers(); i++) {
            Thread worker = Thread.ofPlatform()
                    .name("inference-" + model.info().id() + "-" + i)
                    .daemon()
                    .start(this::work);
            workers.add(worker);
        }
    }

    public EmotionModel model() {
        return model;
    }

    /** Empty when the queue is full: the caller should answer "busy" and suggest {@link #retryAfterNanos()}. */
    public Optional<CompletableFuture<Prediction>> submit(String text) {
        if (closed) {
            return Optional.empty();
        }
        Job job = new Job(text, new CompletableFuture<>());
        return queue.offer(job) ? Optional.of(job.result()) : Optional.empty();
    }

    /** Requests waiting for a worker. */
    public int queued() {
        return queue.size();
    }

    /** About how long the queue in front of a new request takes to drain. */
    public long retryAfterNanos() {
        return (queue.size() + 1L) * nanosPerRequest.get() / policy.workers();
    }

    private void work() {
        List<Job> batch = new ArrayList<>(policy.batchSize());
        while (!closed) {
            try {
                batch.add(queue.take());
                gather(batch);
                run(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        failRemaining();
    }

    private void gather(List<Job> batch) throws InterruptedException {
        long deadline = ticker.read() + policy.maxBatchDelay().toNanos();
        queue.drainTo(batch, policy.batchSize() - batch.size());
        while (batch.size() < policy.batchSize()) {
            long remaining = deadline - ticker.read();
            if (remaining <= 0) {
                return;
            }
            Job next = queue.poll(remaining, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, policy.batchSize() - batch.size());
        }
    }

    private void run(List<Job> batch) {
        long start = ticker.read();
        try {
            List<Prediction> predictions = model.predict(batch.stream().map(Job::text).toList());
            if (predictions.size() != batch.size()) {
                throw new IllegalStateException(
                        "model returned " + predictions.size() + " predictions for " + batch.size() + " texts");
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(predictions.get(i));
            }
        } catch (RuntimeException e) {
            // A failed batch fails only its own callers; the worker goes on with the next one.
            log.error("inference failed for a batch of {} on model {}", batch.size(), model.info().id(), e);
            batch.forEach(job -> job.result().completeExceptionally(e));
        }
        long perRequest = (ticker.read() - start) / batch.size();
        nanosPerRequest.updateAndGet(old -> (old * 7 + perRequest) / 8);
    }

    private void failRemaining() {
        Job job;
        while ((job = queue.poll()) != null) {
            job.result().completeExceptionally(new IllegalStateException("moodbot is shutting down"));
        }
    }

    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        failRemaining();
    }
}
